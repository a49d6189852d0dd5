package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.SoftDeletable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** An annotation-only partner of the eager inverse one-to-one {@link Member#seat}; its owning side has no {@code @OnSoftDelete}. */
@SoftDeletable
@Entity
public class Seat {
    @Id
    public Long id;
    public String code;
    public Instant deletedAt;
    public String deletedBy;
    public String deletionId;
    @OneToOne
    public Member member;

    protected Seat() {
    }

    public Seat(Long id, String code, Member member) {
        this.id = id;
        this.code = code;
        this.member = member;
    }
}
