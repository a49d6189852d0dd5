package dev.reprieve.hibernate.model;

import dev.reprieve.hibernate.SoftDeletableEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Note extends SoftDeletableEntity {
    @Id @GeneratedValue
    public Long id;
    public String title;
    @ManyToOne(fetch = FetchType.LAZY)
    public Folder folder;

    public String getTitle() {
        return title;
    }

    public Folder getFolder() {
        return folder;
    }

    protected Note() {
    }

    public Note(String title, Folder folder) {
        this.title = title;
        this.folder = folder;
    }
}
