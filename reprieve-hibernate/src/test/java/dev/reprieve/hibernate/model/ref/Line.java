package dev.reprieve.hibernate.model.ref;

import dev.reprieve.core.OnDeletedReference;
import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.ReferencePolicy;
import dev.reprieve.core.SoftDeleteAction;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/**
 * A plain owner with one to-one reference per combination of relation kind, fetch type and policy (IGNORE:
 * the product may be deleted while lines still point at it).
 */
@Entity
public class Line {
    @Id
    public Long id;
    public String note;

    @ManyToOne(fetch = FetchType.LAZY) @OnSoftDelete(SoftDeleteAction.IGNORE)
    public Product lazyLoad;

    @ManyToOne(fetch = FetchType.EAGER) @OnSoftDelete(SoftDeleteAction.IGNORE)
    public Product eagerLoad;

    @ManyToOne(fetch = FetchType.LAZY) @OnSoftDelete(SoftDeleteAction.IGNORE) @OnDeletedReference(ReferencePolicy.THROW)
    public Product lazyThrow;

    @ManyToOne(fetch = FetchType.EAGER) @OnSoftDelete(SoftDeleteAction.IGNORE) @OnDeletedReference(ReferencePolicy.THROW)
    public Product eagerThrow;

    @OneToOne(fetch = FetchType.LAZY) @OnSoftDelete(SoftDeleteAction.IGNORE)
    public Product oneToOneLoad;

    @OneToOne(fetch = FetchType.LAZY) @OnSoftDelete(SoftDeleteAction.IGNORE) @OnDeletedReference(ReferencePolicy.THROW)
    public Product oneToOneThrow;

    protected Line() {
    }

    public Line(Long id) {
        this.id = id;
    }
}
