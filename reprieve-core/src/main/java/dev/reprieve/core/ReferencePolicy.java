package dev.reprieve.core;

/**
 * What navigating a {@code @ManyToOne} or owning {@code @OneToOne} to a soft-deleted row does in the
 * default (alive) view. No policy ever writes the foreign key to {@code null}.
 */
public enum ReferencePolicy {

    /** The reference loads the deleted row, which says {@code isDeleted()}: an order still shows its deleted product. */
    LOAD,

    /** Navigating the reference throws {@link DeletedReferenceException}, naming owner, relation and target id. */
    THROW
}
