package dev.reprieve.purge;

import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SoftDeleteDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC tables and a {@link Purger} over them, shared by {@link PurgerContract} and the JVM it kills:
 * notes go in range batches (no dependents), parents in locked batches (each takes its three plain children).
 */
final class PurgeTables {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final int BATCH_SIZE = 10;
    static final int EXPIRED_NOTES = 200;
    static final int ALIVE_NOTES = 100;
    static final int EXPIRED_PARENTS = 100;
    static final int ALIVE_PARENTS = 50;
    static final int CHILDREN_PER_PARENT = 3;

    static final SoftDeleteTable NOTE = table("PurgerNote", "purger_note");
    static final SoftDeleteTable PARENT = table("PurgerParent", "purger_parent");

    private PurgeTables() {
    }

    private static SoftDeleteTable table(String entity, String table) {
        return new SoftDeleteTable(entity, Object.class, table, "id", "deleted_at", "deleted_by", "deletion_id",
                Duration.ofDays(30));
    }

    static HikariDataSource dataSource(String url, String user, String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(2);
        return ds;
    }

    static SoftDeleteDialect dialect(HikariDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return SoftDeleteDialects.forProductName(c.getMetaData().getDatabaseProductName());
        }
    }

    /** A purger over both tables, children of a parent deleted in the parent's batch, at {@link #NOW}. */
    static Purger purger(HikariDataSource ds, SoftDeleteDialect dialect, PurgeListener listener) {
        return purger(ds, dialect, listener, Duration.ofMinutes(1));
    }

    /** A purger whose batches should take {@code batchTime} each. */
    static Purger purger(HikariDataSource ds, SoftDeleteDialect dialect, PurgeListener listener, Duration batchTime) {
        return new Purger(ds, dialect, List.of(
                        new PurgePolicy(NOTE, NOTE.retention(), null, null, ArchiveMode.NONE),
                        new PurgePolicy(PARENT, PARENT.retention(), null, null, ArchiveMode.NONE)),
                new PurgeMapping(List.of(new ForeignKeyReference("purger_child", "id", "parent_id", "purger_parent")),
                        Map.of(), List.of()),
                Clock.fixed(NOW, ZoneOffset.UTC), BATCH_SIZE, BATCH_SIZE, batchTime, null, listener);
    }
}
