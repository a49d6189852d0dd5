package dev.reprieve.admin.trash;

import dev.reprieve.core.sql.BoundSql;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.BasicTypeReference;
import org.hibernate.type.StandardBasicTypes;

/**
 * Runs a dialect's statement through Hibernate, so that instants are bound and read exactly as Hibernate
 * stores the soft-delete columns (UTC on every database), on the session's connection and transaction.
 */
final class NativeSql {

    private NativeSql() {
    }

    /** Reads rows; {@code columns} name each result column in order with its type. */
    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Session session, BoundSql sql, Column... columns) {
        NativeQuery<Object[]> query = session.createNativeQuery(sql.sql(), Object[].class);
        for (Column column : columns) {
            query.addScalar(column.name(), column.type());
        }
        List<Object> params = sql.parameters();
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    /** Runs an INSERT, UPDATE or DELETE. @return how many rows it changed */
    static int update(Session session, BoundSql sql) {
        var update = session.createNativeMutationQuery(sql.sql());
        List<Object> params = sql.parameters();
        for (int i = 0; i < params.size(); i++) {
            update.setParameter(i + 1, params.get(i));
        }
        return update.executeUpdate();
    }

    /** A result column and its type. */
    record Column(String name, BasicTypeReference<?> type) {
        static Column text(String name) {
            return new Column(name, StandardBasicTypes.STRING);
        }

        static Column instant(String name) {
            return new Column(name, StandardBasicTypes.INSTANT);
        }

        static Column number(String name) {
            return new Column(name, StandardBasicTypes.LONG);
        }
    }
}
