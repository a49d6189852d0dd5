package dev.reprieve.core.schema;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.spi.cascade.Relation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Judges each foreign key by the soft-delete action configured for the same relationship: the database's
 * ON DELETE rule, which acts when a parent is erased or purged, must not undo what the soft-delete policy
 * promises. {@code ON DELETE CASCADE} agrees only with CASCADE; {@code SET NULL} contradicts CASCADE and
 * RESTRICT; {@code RESTRICT}/{@code NO ACTION} agree with every action, since Reprieve acts first. A key
 * the mapping does not describe falls back to {@link ForeignKeyPolicy#NO_DATABASE_CASCADE}.
 */
public final class RelationForeignKeyPolicy implements ForeignKeyPolicy {

    private final Map<String, Relation> byColumn = new HashMap<>();

    public RelationForeignKeyPolicy(List<Relation> relations) {
        relations.forEach(r -> byColumn.put(key(r.childTable(), r.foreignKeyColumn()), r));
    }

    @Override
    public Optional<String> problem(ForeignKey fk) {
        Relation relation = fk.childColumns().size() == 1 ? byColumn.get(key(fk.childTable(), fk.childColumns().get(0))) : null;
        if (relation == null) {
            return NO_DATABASE_CASCADE.problem(fk);
        }
        SoftDeleteAction action = relation.action();
        String where = "ON DELETE " + fk.onDelete().name().replace('_', ' ') + " on " + fk.childTable()
                + fk.childColumns() + " contradicts " + relation.name() + " = " + action + ": ";
        return switch (fk.onDelete()) {
            case CASCADE -> action == SoftDeleteAction.CASCADE ? Optional.empty()
                    : Optional.of(where + "erasing or purging a " + relation.parent().entityName()
                            + " would silently erase rows the policy " + (action == SoftDeleteAction.RESTRICT
                                    ? "protects" : "keeps") + "; use NO ACTION/RESTRICT");
            case SET_NULL, SET_DEFAULT -> action == SoftDeleteAction.CASCADE || action == SoftDeleteAction.RESTRICT
                    ? Optional.of(where + "erasing a " + relation.parent().entityName() + " would leave its "
                            + relation.childEntityName() + " rows orphaned instead of "
                            + (action == SoftDeleteAction.CASCADE ? "erasing them with it" : "refusing") + "; use NO ACTION/RESTRICT")
                    : Optional.empty();
            case RESTRICT, NO_ACTION -> Optional.empty();
        };
    }

    private static String key(String table, String column) {
        return bare(table) + "." + bare(column);
    }

    private static String bare(String name) {
        String n = name.replace("\"", "").replace("`", "");
        int dot = n.lastIndexOf('.');
        return (dot >= 0 ? n.substring(dot + 1) : n).toLowerCase(Locale.ROOT);
    }
}
