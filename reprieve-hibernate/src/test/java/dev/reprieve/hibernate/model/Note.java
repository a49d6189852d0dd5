package dev.reprieve.hibernate.model;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
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
    // IGNORE: these tests look at a to-one reference to a deleted row; the default (RESTRICT) would refuse the delete
    @OnSoftDelete(SoftDeleteAction.IGNORE)
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
