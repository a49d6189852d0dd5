package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.SoftDeletable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** An annotation-only soft-deletable owner of an inverse one-to-one (lazy). */
@SoftDeletable
@Entity
public class Member {
    @Id
    public Long id;
    public String name;
    public Instant deletedAt;
    public String deletedBy;
    public String deletionId;

    @OneToOne(mappedBy = "member", fetch = FetchType.LAZY)
    public Badge badge;

    protected Member() {
    }

    public Member(Long id, String name) {
        this.id = id;
        this.name = name;
    }
}
