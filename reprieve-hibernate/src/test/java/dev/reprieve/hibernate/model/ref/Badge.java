package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.SoftDeletable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** An annotation-only partner of the lazy inverse one-to-one {@link Member#badge}; its owning side has no {@code @OnSoftDelete}. */
@SoftDeletable
@Entity(name = "MemberBadge")
public class Badge {
    @Id
    public Long id;
    public String label;
    public Instant deletedAt;
    public String deletedBy;
    public String deletionId;
    @OneToOne
    public Member member;

    protected Badge() {
    }

    public Badge(Long id, String label, Member member) {
        this.id = id;
        this.label = label;
        this.member = member;
    }
}
