package dev.reprieve.hibernate;

/**
 * Hibernate configuration properties that Reprieve reads. Values may be objects (as Spring passes them)
 * or strings (as a {@code persistence.xml} would).
 */
public final class ReprieveSettings {

    /** A {@link java.time.Clock} for {@code deleted_at}; default the UTC system clock. */
    public static final String CLOCK = "reprieve.clock";

    /** A {@link dev.reprieve.core.DeleterProvider} for {@code deleted_by}; default none. */
    public static final String DELETER_PROVIDER = "reprieve.deleter_provider";

    /** {@code ignore} (default) or {@code hard_delete}: what deleting an already deleted row does. */
    public static final String SECOND_DELETE = "reprieve.second_delete";

    /** {@code true} (default): the generated schema includes the soft-delete indexes. */
    public static final String CREATE_INDEXES = "reprieve.create_indexes";

    /**
     * {@code warn} (default), {@code fail} or {@code off}: what the startup schema check does with plain
     * unique constraints, missing soft-delete indexes and foreign keys that contradict the delete policy.
     */
    public static final String SCHEMA_CHECK = "reprieve.schema_check";

    /**
     * A {@link dev.reprieve.core.schema.ForeignKeyPolicy} (or its class name) that judges foreign keys into
     * soft-deletable tables; default {@link dev.reprieve.core.schema.RelationForeignKeyPolicy}, which
     * compares each key's ON DELETE rule with the relationship's soft-delete action.
     */
    public static final String FOREIGN_KEY_POLICY = "reprieve.foreign_key_policy";

    /**
     * {@code postgresql}, {@code mariadb} or {@code h2}: forces Reprieve's SQL dialect instead of identifying
     * the database engine at startup. For an engine Reprieve does not support, at the user's own risk.
     */
    public static final String DIALECT = dev.reprieve.core.spi.sql.SoftDeleteDialects.SETTING;

    /**
     * {@code load} (default) or {@code throw}: what navigating a {@code @ManyToOne} or owning {@code @OneToOne}
     * to a soft-deleted row does, for relations without {@link dev.reprieve.core.OnDeletedReference}.
     */
    public static final String REFERENCES = "reprieve.references";

    private ReprieveSettings() {
    }
}
