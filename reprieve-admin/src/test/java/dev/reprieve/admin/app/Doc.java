package dev.reprieve.admin.app;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Doc extends SoftDeletableEntity {
    @Id @GeneratedValue Long id;
    String title;
    @ManyToOne Folder folder;
    @OneToMany(mappedBy = "doc", cascade = CascadeType.ALL)
    List<Remark> remarks = new ArrayList<>();

    protected Doc() {
    }

    public Doc(Folder folder, String title) {
        this.folder = folder;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Doc " + title;
    }
}
