package dev.reprieve.spring;

import dev.reprieve.core.ReferencePolicy;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.schema.SchemaCheckMode;
import dev.reprieve.purge.ArchiveMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code reprieve.*}. */
@ConfigurationProperties("reprieve")
public class ReprieveProperties {

    /** What deleting an already deleted row does: IGNORE keeps the first deletion, HARD_DELETE erases the row. */
    private SecondDeletePolicy secondDelete = SecondDeletePolicy.IGNORE;

    /**
     * What navigating a {@code @ManyToOne} or owning {@code @OneToOne} to a soft-deleted row does, unless the
     * relation says otherwise with {@code @OnDeletedReference}: LOAD hands out the row flagged deleted, THROW fails.
     */
    private ReferencePolicy references = ReferencePolicy.LOAD;

    /** Whether Hibernate's generated schema includes Reprieve's indexes on the soft-delete columns. */
    private boolean createIndexes = true;

    /**
     * What the startup schema check does with what it finds (plain unique constraints, missing soft-delete
     * indexes, foreign keys contradicting the delete policy): WARN logs, FAIL refuses to start, OFF skips it.
     */
    private SchemaCheckMode schemaCheck = SchemaCheckMode.WARN;

    /**
     * Retention per entity, overriding {@code @SoftDeletable(retention)}: key the entity name ({@code Todo}) or
     * its class name, value a duration such as {@code 30d}, {@code 12h} or {@code P30D}, or {@code never}.
     */
    private Map<String, String> retention = new LinkedHashMap<>();

    /** The retention purge: schedule, batches, cluster lock, legal hold and archive. */
    private final Purge purge = new Purge();

    /**
     * Forces Reprieve's SQL dialect (postgresql, mariadb or h2) instead of identifying the database engine at
     * startup; for an engine Reprieve does not support, at your own risk (see docs/scaling.md).
     */
    private String dialect;

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public SecondDeletePolicy getSecondDelete() {
        return secondDelete;
    }

    public void setSecondDelete(SecondDeletePolicy secondDelete) {
        this.secondDelete = secondDelete;
    }

    public ReferencePolicy getReferences() {
        return references;
    }

    public void setReferences(ReferencePolicy references) {
        this.references = references;
    }

    public SchemaCheckMode getSchemaCheck() {
        return schemaCheck;
    }

    public void setSchemaCheck(SchemaCheckMode schemaCheck) {
        this.schemaCheck = schemaCheck;
    }

    public boolean isCreateIndexes() {
        return createIndexes;
    }

    public void setCreateIndexes(boolean createIndexes) {
        this.createIndexes = createIndexes;
    }

    public Map<String, String> getRetention() {
        return retention;
    }

    public void setRetention(Map<String, String> retention) {
        this.retention = retention;
    }

    public Purge getPurge() {
        return purge;
    }

    /** Settings under {@code reprieve.purge.*}. */
    public static class Purge {

        /** Whether the scheduled purge runs; unset means it runs when any entity has a retention. */
        private Boolean enabled;

        /** When the scheduled purge runs: a Spring cron expression (second minute hour day month weekday). */
        private String cron = "0 0 3 * * *";

        /**
         * The most rows a batch erases; each batch is one short transaction. At least 1. Unset: 10000 for types
         * purged in primary-key range batches (no archive, no plain dependents), 1000 for types that archive or
         * have plain dependents (their batches lock, read and archive row by row).
         */
        private Integer batchSize;

        /**
         * How long one batch should take, first statement to commit. A slower batch makes the next one smaller
         * (down to one row), fast ones grow back to the batch size: rows scattered over many pages cost far more
         * per row than neighbours. Default 50ms, half the 100 ms a batch should hold its locks at most.
         */
        private Duration batchTime = Duration.ofMillis(50);

        /** How long a purge keeps the cluster lock at most, should its instance die (ShedLock lockAtMostFor). */
        private Duration lockAtMostFor = Duration.ofHours(1);

        /** The table of ShedLock's JDBC lock provider. */
        private String lockTable = "shedlock";

        /** Whether the starter creates the lock table when it is missing. */
        private boolean createLockTable = true;

        /** Per entity (name or class name): where purged rows are written before deletion: none, table or files. */
        private Map<String, ArchiveMode> archive = new LinkedHashMap<>();

        /** The directory of the file archive: one gzipped JSON-lines file per entity and day. */
        private Path archiveDirectory = Path.of("reprieve-archive");

        /**
         * Per entity (name or class name): a SQL condition on its table's columns; rows for which it is true
         * are held back from purge, like rows whose {@code @LegalHold} attribute is true.
         */
        private Map<String, String> hold = new LinkedHashMap<>();

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public String getCron() {
            return cron;
        }

        public void setCron(String cron) {
            this.cron = cron;
        }

        public Duration getBatchTime() {
            return batchTime;
        }

        public void setBatchTime(Duration batchTime) {
            this.batchTime = batchTime;
        }

        public Integer getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(Integer batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getLockAtMostFor() {
            return lockAtMostFor;
        }

        public void setLockAtMostFor(Duration lockAtMostFor) {
            this.lockAtMostFor = lockAtMostFor;
        }

        public String getLockTable() {
            return lockTable;
        }

        public void setLockTable(String lockTable) {
            this.lockTable = lockTable;
        }

        public boolean isCreateLockTable() {
            return createLockTable;
        }

        public void setCreateLockTable(boolean createLockTable) {
            this.createLockTable = createLockTable;
        }

        public Map<String, ArchiveMode> getArchive() {
            return archive;
        }

        public void setArchive(Map<String, ArchiveMode> archive) {
            this.archive = archive;
        }

        public Path getArchiveDirectory() {
            return archiveDirectory;
        }

        public void setArchiveDirectory(Path archiveDirectory) {
            this.archiveDirectory = archiveDirectory;
        }

        public Map<String, String> getHold() {
            return hold;
        }

        public void setHold(Map<String, String> hold) {
            this.hold = hold;
        }
    }
}
