package dev.reprieve.hibernate.internal;

import dev.reprieve.testing.TestDatabase;
import java.util.List;
import org.hibernate.SessionFactory;

/** Reads index names from each database's catalog. */
final class IndexInspector {

    private IndexInspector() {
    }

    @SuppressWarnings("unchecked")
    static List<String> indexNames(TestDatabase database, SessionFactory factory, String table) {
        String sql = switch (database) {
            case H2 -> "select lower(index_name) from information_schema.indexes where lower(table_name) = :t";
            case POSTGRES -> "select indexname from pg_indexes where tablename = :t";
            case MARIADB -> "select lower(index_name) from information_schema.statistics where table_schema = database() and lower(table_name) = :t";
        };
        return factory.fromTransaction(s -> s.createNativeQuery(sql, String.class).setParameter("t", table).getResultList());
    }
}
