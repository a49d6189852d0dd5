package dev.reprieve.hibernate.internal;

import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.RestoreConflict;
import dev.reprieve.core.RestoreConflictException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Refuses, before anything changes, a restore that would give an alive row's {@link
 * dev.reprieve.core.UniqueWhenAlive} value to a second alive row, listing every conflict of the group. The
 * check gives the clear message; the unique index stays the final arbiter between concurrent transactions,
 * and {@link #translating} turns its late refusal into the same exception.
 */
public final class RestoreConflictChecker {

    private final RuntimeContext context;

    RestoreConflictChecker(RuntimeContext context) {
        this.context = context;
    }

    /** @throws RestoreConflictException when a row marked by this delete operation cannot come back */
    public void checkGroup(SessionImplementor session, String deletionId) {
        List<RestoreConflict> conflicts = new ArrayList<>();
        for (UniqueAliveConstraint key : context.uniqueConstraints()) {
            EntityColumns entity = context.columns(key.table().javaType());
            conflicts.addAll(conflicts(session, key, context.dialect().selectRestoreConflictsByDeletionId(key,
                    entity.deletionIdValue(deletionId))));
        }
        throwIfAny(conflicts);
    }

    /** @throws RestoreConflictException when this deleted row cannot come back */
    public void checkRow(SessionImplementor session, SoftDeleteTable table, Object id) {
        List<RestoreConflict> conflicts = new ArrayList<>();
        EntityColumns entity = context.columns(table.javaType());
        for (UniqueAliveConstraint key : context.uniqueConstraints()) {
            if (key.table().equals(table)) {
                conflicts.addAll(conflicts(session, key, context.dialect().selectRestoreConflictsById(key,
                        entity.idValue(id))));
            }
        }
        throwIfAny(conflicts);
    }

    /**
     * Runs restoring statements; when the database refuses one because a concurrent transaction took a
     * value after the check, throws a {@link RestoreConflictException} naming the key instead.
     */
    public <T> T translating(Supplier<T> restore) {
        try {
            return restore.get();
        } catch (RuntimeException e) {
            Optional<RestoreConflict> late = lateConflict(e);
            if (late.isPresent()) {
                throw new RestoreConflictException(List.of(late.get()), e);
            }
            throw e;
        }
    }

    private Optional<RestoreConflict> lateConflict(RuntimeException error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UniqueKeyMatcher.isUniqueViolation(sql)) {
                return UniqueKeyMatcher.violatedKey(sql.getMessage(), context.uniqueConstraints(), context.dialect())
                        .map(key -> new RestoreConflict(key, null,
                                context.dialect().violatedValue(sql.getMessage()).<List<Object>>map(List::of).orElse(List.of()),
                                null));
            }
        }
        return Optional.empty();
    }

    private static List<RestoreConflict> conflicts(SessionImplementor session, UniqueAliveConstraint key,
            SqlStatement sql) {
        int width = key.columns().size();
        return JdbcExecutor.query(session, sql, (rs, s) -> {
            List<Object> values = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                values.add(rs.getObject(3 + i));
            }
            return new RestoreConflict(key, rs.getObject(1), values, rs.getObject(2));
        });
    }

    private static void throwIfAny(List<RestoreConflict> conflicts) {
        if (!conflicts.isEmpty()) {
            throw new RestoreConflictException(conflicts);
        }
    }
}
