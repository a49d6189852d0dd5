package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.SoftDeletable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** An annotation-only soft-deletable owner of inverse one-to-ones, eager and lazy, with and without {@code @OnSoftDelete}. */
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

    @OneToOne(mappedBy = "member")
    public Pass pass;

    @OneToOne(mappedBy = "member")
    public Seat seat;

    @OneToOne(mappedBy = "member", fetch = FetchType.LAZY)
    public Token token;

    protected Member() {
    }

    public Member(Long id, String name) {
        this.id = id;
        this.name = name;
    }
}
