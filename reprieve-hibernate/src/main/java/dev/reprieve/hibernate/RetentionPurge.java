package dev.reprieve.hibernate;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SoftDeleteDialects;
import dev.reprieve.hibernate.internal.DefaultReprieveRuntime;
import dev.reprieve.hibernate.internal.PurgeEvents;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.ArchiveSink;
import dev.reprieve.purge.PurgeListener;
import dev.reprieve.purge.PurgeMapping;
import dev.reprieve.purge.Purger;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * Builds the retention purge of a persistence unit: the entry point for applications without Spring (the
 * Spring Boot starter builds its purge here too, from {@code reprieve.*} properties).
 *
 * <pre>{@code
 * Purger purge = RetentionPurge.of(sessionFactory, dataSource)
 *         .retention("Todo", Duration.ofDays(30))
 *         .build();
 * PurgeReport report = purge.purge();
 * }</pre>
 *
 * The purge runs where it is called; to keep it to one instance of a cluster, run it under a lock, e.g.
 * ShedLock's {@code DefaultLockingTaskExecutor} (docs/hibernate.md shows how).
 */
public final class RetentionPurge {

    private RetentionPurge() {
    }

    /** A builder for the purge of {@code sessionFactory}'s soft-deletable types, running SQL on {@code dataSource}. */
    public static Builder of(SessionFactory sessionFactory, DataSource dataSource) {
        Objects.requireNonNull(sessionFactory, "sessionFactory");
        Objects.requireNonNull(dataSource, "dataSource");
        return new Builder(sessionFactory, dataSource);
    }

    /** Settings of the purge; everything has a default but the session factory and the data source. */
    public static final class Builder {
        private final SessionFactory sessionFactory;
        private final DataSource dataSource;
        private final PurgeSettings settings = new PurgeSettings();
        private SoftDeleteDialect dialect;
        private Clock clock = Clock.systemUTC();
        private int batchSize = Purger.DEFAULT_BATCH_SIZE;
        private int lockedBatchSize = Purger.DEFAULT_LOCKED_BATCH_SIZE;
        private Duration batchTime = Purger.DEFAULT_BATCH_TIME;
        private ArchiveSink files;
        private final List<PurgeListener> listeners = new ArrayList<>();

        private Builder(SessionFactory sessionFactory, DataSource dataSource) {
            this.sessionFactory = sessionFactory;
            this.dataSource = dataSource;
        }

        /** Keeps deleted rows of {@code entity} (entity or class name) for {@code retention}; {@code null}: never purged. */
        public Builder retention(String entity, Duration retention) {
            settings.retention(entity, retention, "retention(" + entity + ")");
            return this;
        }

        /** Where purged rows of {@code entity} are archived before they go ({@link ArchiveMode#FILES} needs {@link #fileArchive}). */
        public Builder archive(String entity, ArchiveMode mode) {
            settings.archive(entity, mode, "archive(" + entity + ")");
            return this;
        }

        /** A SQL predicate on {@code entity}'s table: matching rows are held and never purged. */
        public Builder hold(String entity, String predicate) {
            settings.hold(entity, predicate, "hold(" + entity + ")");
            return this;
        }

        /** Settings given with their own source names, e.g. the properties they came from. */
        public PurgeSettings settings() {
            return settings;
        }

        /** The most rows a range batch erases (types without archive or dependents); default 10,000. */
        public Builder batchSize(int rows) {
            this.batchSize = rows;
            return this;
        }

        /** The most rows a locked batch erases (types that archive or have dependents); default 1,000. */
        public Builder lockedBatchSize(int rows) {
            this.lockedBatchSize = rows;
            return this;
        }

        /** How long one batch should take: a slower batch makes the next one smaller; default 50 ms. */
        public Builder batchTime(Duration batchTime) {
            this.batchTime = batchTime;
            return this;
        }

        /** The clock that decides what has expired; default the system's, in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where rows of types archived to {@link ArchiveMode#FILES} go. */
        public Builder fileArchive(ArchiveSink files) {
            this.files = files;
            return this;
        }

        /** Told of every committed batch (metrics, logs). */
        public Builder listener(PurgeListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The SQL dialect; by default the one of the persistence unit, or the data source's database product. */
        public Builder dialect(SoftDeleteDialect dialect) {
            this.dialect = dialect;
            return this;
        }

        /**
         * The purge, its archive table created when a type archives to the table.
         *
         * @throws ReprieveException when a setting names no soft-deletable entity or a size is out of range
         */
        public Purger build() {
            SoftDeleteModel model;
            PurgeMapping mapping;
            SoftDeleteDialect sql = dialect;
            List<PurgeListener> all = new ArrayList<>(listeners);
            try {
                ReprieveRuntime runtime = ReprieveRuntime.of(sessionFactory);
                all.add(new PurgeEvents(DefaultReprieveRuntime.of(runtime)));
                model = runtime.model();
                mapping = runtime.purgeMapping();
                sql = sql != null ? sql : runtime.dialect();
            } catch (NotSoftDeletableException none) {
                model = new SoftDeleteModel(List.of());
                mapping = PurgeMapping.EMPTY;
            }
            List<String> entityNames = new ArrayList<>();
            for (EntityType<?> entity : sessionFactory.getMetamodel().getEntities()) {
                entityNames.add(entity.getName());
                entityNames.add(entity.getJavaType().getName());
            }
            Purger purger;
            try {
                purger = new Purger(dataSource, sql != null ? sql : dialectOf(dataSource),
                        settings.policies(model, mapping, entityNames), mapping, clock, batchSize, lockedBatchSize,
                        batchTime, files, PurgeListener.of(all));
            } catch (IllegalArgumentException e) {
                throw new ReprieveException("Retention purge: " + e.getMessage(), e);
            }
            purger.prepare();
            return purger;
        }
    }

    /** The dialect of the database behind {@code dataSource}, identified from its JDBC metadata. */
    public static SoftDeleteDialect dialectOf(DataSource dataSource) {
        return dialectOf(dataSource, null);
    }

    /**
     * @param forced a dialect name ({@code postgresql}, {@code mariadb}, {@code h2}) that overrides the
     *               identification, or {@code null}
     */
    public static SoftDeleteDialect dialectOf(DataSource dataSource, String forced) {
        try (Connection c = dataSource.getConnection()) {
            return SoftDeleteDialects.resolve(c, forced);
        } catch (SQLException e) {
            throw new ReprieveException("Cannot read the database product for the purge: " + e.getMessage(), e);
        }
    }
}
