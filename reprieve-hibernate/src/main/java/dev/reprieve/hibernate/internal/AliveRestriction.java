package dev.reprieve.hibernate.internal;

import java.util.function.Consumer;
import org.hibernate.HibernateException;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.internal.SqlFragmentPredicate;
import org.hibernate.sql.ast.spi.SqlAstCreationState;
import org.hibernate.sql.ast.tree.from.TableGroup;
import org.hibernate.sql.ast.tree.from.TableReference;
import org.hibernate.sql.ast.tree.predicate.Predicate;

/**
 * The {@code deleted_at is null} predicate that Reprieve's persisters add to query roots, joins and
 * collection loads in the default view, rendered against the alias of the table that holds the column.
 */
final class AliveRestriction {

    private final String table;
    private final String column;

    private AliveRestriction(String table, String column) {
        this.table = table;
        this.column = column;
    }

    /**
     * @param table the table expression (as the persister names it) that holds {@code deleted_at}
     * @param entity any class of a soft-deletable hierarchy
     */
    static AliveRestriction of(String table, PersistentClass entity, Dialect dialect) {
        return new AliveRestriction(table, deletedAtColumn(entity, dialect));
    }

    static AliveRestriction of(String table, String deletedAtColumn) {
        return new AliveRestriction(table, deletedAtColumn);
    }

    /** @return the quoted {@code deleted_at} column of a soft-deletable hierarchy */
    static String deletedAtColumn(PersistentClass entity, Dialect dialect) {
        Property deletedAt = entity.getRootClass().getProperty(SoftDeleteMappingReader.DELETED_AT);
        if (deletedAt == null || deletedAt.getColumns().size() != 1) {
            throw new HibernateException(entity.getEntityName() + " has no single-column deletedAt attribute");
        }
        Column column = deletedAt.getColumns().get(0);
        return column.getQuotedName(dialect);
    }

    /**
     * Whether an entity's table group gets the restriction: query roots and joins in the default view do;
     * loads by key do not (a load listener answers them), nor does a fetched to-one, which loads the
     * reference as navigating it would (hiding it would hand out a {@code null} that a save then writes).
     */
    static boolean appliesToEntity(TableGroup tableGroup, SqlAstCreationState creationState) {
        return tableGroup != null
                && !creationState.applyOnlyLoadByKeyFilters()
                && !(tableGroup.isFetched() && tableGroup.getModelPart() instanceof ToOneAttributeMapping)
                && SoftDeleteFilters.aliveView(creationState.getLoadQueryInfluencers().getEnabledFilters());
    }

    /**
     * What each of Reprieve's entity persisters adds to Hibernate's where restrictions: this restriction, where
     * {@link #appliesToEntity} says the table group gets it.
     */
    void applyToEntity(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier,
            SqlAstCreationState creationState) {
        if (appliesToEntity(tableGroup, creationState)) {
            apply(predicates, tableGroup, useQualifier);
        }
    }

    void apply(Consumer<Predicate> predicates, TableGroup tableGroup, boolean useQualifier) {
        TableReference reference = tableGroup.getTableReference(tableGroup.getNavigablePath(), table, true);
        if (reference == null) {
            reference = tableGroup.getPrimaryTableReference();
        }
        String alias = useQualifier && reference.getIdentificationVariable() != null
                ? reference.getIdentificationVariable()
                : reference.getTableId();
        predicates.accept(new SqlFragmentPredicate(alias == null ? column + " is null" : alias + "." + column + " is null"));
    }
}
