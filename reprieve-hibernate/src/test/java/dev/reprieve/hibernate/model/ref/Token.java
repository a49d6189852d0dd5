package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeletable;
import dev.reprieve.core.SoftDeleteAction;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/** An annotation-only partner of the lazy inverse one-to-one {@link Member#token}; its owning side has {@code @OnSoftDelete(CASCADE)}. */
@SoftDeletable
@Entity(name = "MemberToken")
public class Token {
    @Id
    public Long id;
    public String code;
    public Instant deletedAt;
    public String deletedBy;
    public String deletionId;
    @OneToOne(fetch = FetchType.LAZY) @OnSoftDelete(SoftDeleteAction.CASCADE)
    public Member member;

    protected Token() {
    }

    public Token(Long id, String code, Member member) {
        this.id = id;
        this.code = code;
        this.member = member;
    }
}
