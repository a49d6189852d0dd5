package dev.reprieve.purge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SoftDeleteDialects;
import dev.reprieve.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purge engine on its own, over plain JDBC tables and a hand-built model: notes (no references), authors,
 * books that reference authors, and plain tags that belong to books. A row deleted 40 days before
 * {@link #NOW} is expired under a 30-day retention; one deleted 5 days before is not. Subclasses pick the
 * database.
 */
abstract class PurgeEngineContract {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant EXPIRED = NOW.minus(Duration.ofDays(40));
    static final Instant RECENT = NOW.minus(Duration.ofDays(5));
    static final Duration RETENTION = Duration.ofDays(30);
    static final int BATCH = 10;

    static final SoftDeleteTable NOTE = table("Note", "pe_note");
    static final SoftDeleteTable AUTHOR = table("Author", "pe_author");
    static final SoftDeleteTable BOOK = table("Book", "pe_book");

    /** Books reference authors; tags (plain rows) reference books. */
    static final PurgeMapping MAPPING = new PurgeMapping(List.of(
            new ForeignKeyReference("pe_book", "id", "author_id", "pe_author"),
            new ForeignKeyReference("pe_tag", "id", "book_id", "pe_book")), Map.of(), List.of());

    private HikariDataSource dataSource;
    private SoftDeleteDialect dialect;

    /** The server the contract runs on. */
    abstract TestDatabase database();

    private static SoftDeleteTable table(String entity, String table) {
        return new SoftDeleteTable(entity, Object.class, table, "id", "deleted_at", "deleted_by", "deletion_id",
                RETENTION);
    }

    @BeforeEach
    void createTables() throws SQLException {
        TestDatabase db = database();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.ensureDatabase("reprieve_purge_engine"));
        dataSource.setUsername(db.user());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(2);
        try (Connection c = dataSource.getConnection()) {
            dialect = SoftDeleteDialects.forProductName(c.getMetaData().getDatabaseProductName());
        }
        String softDelete = "id BIGINT PRIMARY KEY, deleted_at " + dialect.timestampType()
                + ", deleted_by VARCHAR(255), deletion_id VARCHAR(255), held BOOLEAN, title VARCHAR(255)";
        execute("DROP TABLE IF EXISTS pe_tag", "DROP TABLE IF EXISTS pe_book", "DROP TABLE IF EXISTS pe_author",
                "DROP TABLE IF EXISTS pe_note", "DROP TABLE IF EXISTS " + SoftDeleteDialect.ARCHIVE_TABLE,
                "CREATE TABLE pe_note (" + softDelete + ")",
                "CREATE TABLE pe_author (" + softDelete + ")",
                "CREATE TABLE pe_book (" + softDelete + ", author_id BIGINT, FOREIGN KEY (author_id)"
                        + " REFERENCES pe_author (id))",
                "CREATE TABLE pe_tag (id BIGINT PRIMARY KEY, book_id BIGINT NOT NULL, FOREIGN KEY (book_id)"
                        + " REFERENCES pe_book (id))");
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aTypeWithoutArchiveOrDependentsGoesInRangeBatchesAndOnlyItsExpiredRowsGo() throws SQLException {
        insertNotes(1, 30, EXPIRED);
        insertNotes(31, 40, RECENT);
        insertNotes(41, 50, null);
        List<Object[]> ranges = new CopyOnWriteArrayList<>();
        List<Integer> batches = new CopyOnWriteArrayList<>();
        PurgeListener listener = new PurgeListener() {
            @Override
            public void range(String entityName, Object lowId, Object highId) {
                ranges.add(new Object[] {lowId, highId});
            }

            @Override
            public void batchCommitted(String entityName, int rows, Duration took) {
                batches.add(rows);
            }
        };
        Purger purger = purger(listener, null, note(ArchiveMode.NONE), neverPurged(AUTHOR), neverPurged(BOOK));

        assertThat(purger.dryRun()).singleElement().satisfies(f -> assertThat(f.rows()).isEqualTo(30));
        PurgeReport report = purger.purge();

        assertThat(ids("pe_note")).as("recently deleted and alive notes stay").containsExactlyElementsOf(range(31, 50));
        assertThat(report.entities()).singleElement().satisfies(e -> assertThat(e.purged()).isEqualTo(30));
        assertThat(ranges).as("the batches were primary-key ranges").isNotEmpty();
        assertThat(batches).allSatisfy(rows -> assertThat(rows).isBetween(1, BATCH));
    }

    @Test
    void heldRowsStayWhetherHeldByTheHoldColumnOrByTheHoldPredicate() throws SQLException {
        insertNotes(1, 10, EXPIRED);
        execute("UPDATE pe_note SET held = TRUE WHERE id = 3", "UPDATE pe_note SET title = 'keep' WHERE id = 7");
        Purger purger = purger(PurgeListener.NONE, null,
                new PurgePolicy(NOTE, RETENTION, "held", "title = 'keep'", ArchiveMode.NONE),
                neverPurged(AUTHOR), neverPurged(BOOK));

        purger.purge();

        assertThat(ids("pe_note")).containsExactly(3L, 7L);
    }

    @Test
    void aTypeWithPlainDependentsGoesInLockedBatchesThatTakeTheDependentsAlong() throws SQLException {
        insertBooks(1, 25, EXPIRED, null);
        insertBooks(26, 30, null, null);
        List<Integer> locked = new CopyOnWriteArrayList<>();
        PurgeListener listener = new PurgeListener() {
            @Override
            public void beforeCommit(String entityName, List<Object> ids) {
                locked.add(ids.size());
            }
        };
        Purger purger = purger(listener, null, neverPurged(NOTE), neverPurged(AUTHOR), purged(BOOK));

        purger.purge();

        assertThat(ids("pe_book")).containsExactlyElementsOf(range(26, 30));
        assertThat(count("SELECT COUNT(*) FROM pe_tag")).as("two tags of each alive book, none of the purged")
                .isEqualTo(10);
        assertThat(locked).as("batches of locked rows, each named by its ids").containsExactly(BATCH, BATCH, 5);
    }

    @Test
    void referencingRowsArePurgedBeforeTheRowsTheyReferenceAndARowStillReferencedStays() throws SQLException {
        insertAuthors(1, 3, EXPIRED);
        insertBooks(1, 1, EXPIRED, 1L);
        insertBooks(2, 2, null, 2L);
        insertBooks(3, 3, RECENT, 3L);
        Purger purger = purger(PurgeListener.NONE, null, neverPurged(NOTE), purged(AUTHOR), purged(BOOK));

        assertThat(purger.purgeOrder()).containsSubsequence("Book", "Author");
        purger.purge();

        assertThat(ids("pe_book")).containsExactly(2L, 3L);
        assertThat(ids("pe_author")).as("author 1 went after its book, in the same run; 2 and 3 are referenced")
                .containsExactly(2L, 3L);
    }

    @Test
    void archivedToTheArchiveTableEveryPurgedRowIsThereWithItsColumns() throws SQLException {
        insertNotes(1, 12, EXPIRED);
        insertNotes(13, 14, null);
        Purger purger = purger(PurgeListener.NONE, null, note(ArchiveMode.TABLE), neverPurged(AUTHOR),
                neverPurged(BOOK));
        purger.prepare();

        purger.purge();

        assertThat(ids("pe_note")).containsExactly(13L, 14L);
        List<String> archived = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT entity_name, row_id, payload, deleted_at, purged_at FROM "
                        + SoftDeleteDialect.ARCHIVE_TABLE + " ORDER BY row_id")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).isEqualTo("Note");
                assertThat(rs.getString(3)).contains("note " + rs.getString(2));
                assertThat(rs.getObject(4)).isNotNull();
                assertThat(rs.getObject(5)).isNotNull();
                archived.add(rs.getString(2));
            }
        }
        assertThat(archived).containsExactlyInAnyOrderElementsOf(range(1, 12).stream().map(String::valueOf).toList());
    }

    @Test
    void archivedToASinkEveryPurgedRowReachesItBeforeItIsDeleted() throws SQLException {
        insertNotes(1, 12, EXPIRED);
        insertNotes(13, 14, null);
        List<Map<String, Object>> written = new CopyOnWriteArrayList<>();
        ArchiveSink sink = (entityName, purgedAt, rows) -> {
            assertThat(entityName).isEqualTo("Note");
            assertThat(purgedAt).isEqualTo(NOW);
            written.addAll(rows);
        };
        Purger purger = purger(PurgeListener.NONE, sink, note(ArchiveMode.FILES), neverPurged(AUTHOR),
                neverPurged(BOOK));

        purger.purge();

        assertThat(ids("pe_note")).containsExactly(13L, 14L);
        assertThat(written).hasSize(12).allSatisfy(row -> {
            assertThat(row.get("title")).isEqualTo("note " + row.get("id"));
            assertThat(row.get("deleted_at")).isEqualTo(EXPIRED.toString());
        });
    }

    @Test
    void aBatchThatFailsBeforeItsCommitLeavesNothingHalfDoneAndTheNextRunFinishes() throws SQLException {
        insertBooks(1, 25, EXPIRED, null);
        insertBooks(26, 30, null, null);
        AtomicInteger batches = new AtomicInteger();
        PurgeListener failSecond = new PurgeListener() {
            @Override
            public void beforeCommit(String entityName, List<Object> ids) {
                if (batches.incrementAndGet() == 2) {
                    throw new IllegalStateException("injected failure in the second batch");
                }
            }
        };

        assertThatThrownBy(purger(failSecond, null, neverPurged(NOTE), neverPurged(AUTHOR), purged(BOOK))::purge)
                .hasStackTraceContaining("injected failure in the second batch");

        assertThat(ids("pe_book")).as("the first batch committed, the second rolled back whole")
                .containsExactlyElementsOf(range(BATCH + 1, 30));
        assertThat(count("SELECT COUNT(*) FROM pe_book b WHERE (SELECT COUNT(*) FROM pe_tag t WHERE t.book_id = b.id)"
                + " <> 2")).as("no remaining book lost a tag").isZero();

        purger(PurgeListener.NONE, null, neverPurged(NOTE), neverPurged(AUTHOR), purged(BOOK)).purge();

        assertThat(ids("pe_book")).containsExactlyElementsOf(range(26, 30));
        assertThat(count("SELECT COUNT(*) FROM pe_tag")).isEqualTo(10);
    }

    private Purger purger(PurgeListener listener, ArchiveSink sink, PurgePolicy... policies) {
        return new Purger(dataSource, dialect, List.of(policies), MAPPING, Clock.fixed(NOW, ZoneOffset.UTC), BATCH,
                BATCH, Duration.ofMinutes(1), sink, listener);
    }

    private static PurgePolicy note(ArchiveMode archive) {
        return new PurgePolicy(NOTE, RETENTION, null, null, archive);
    }

    private static PurgePolicy purged(SoftDeleteTable table) {
        return new PurgePolicy(table, RETENTION, null, null, ArchiveMode.NONE);
    }

    private static PurgePolicy neverPurged(SoftDeleteTable table) {
        return new PurgePolicy(table, null, null, null, ArchiveMode.NONE);
    }

    private void insertNotes(long from, long to, Instant deletedAt) throws SQLException {
        insert("pe_note", from, to, deletedAt, null);
    }

    private void insertAuthors(long from, long to, Instant deletedAt) throws SQLException {
        insert("pe_author", from, to, deletedAt, null);
    }

    /** Books with two tags each. */
    private void insertBooks(long from, long to, Instant deletedAt, Long authorId) throws SQLException {
        insert("pe_book", from, to, deletedAt, authorId);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO pe_tag (id, book_id) VALUES (?, ?)")) {
            for (long id = from; id <= to; id++) {
                for (int k = 0; k < 2; k++) {
                    ps.setLong(1, id * 10 + k);
                    ps.setLong(2, id);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Rows {@code from..to}, each deleted by its own operation at {@code deletedAt}, or alive when null. */
    private void insert(String table, long from, long to, Instant deletedAt, Long authorId) throws SQLException {
        String columns = "id, deleted_at, deleted_by, deletion_id, held, title" + (authorId != null ? ", author_id" : "");
        String values = "?, ?, ?, ?, FALSE, ?" + (authorId != null ? ", ?" : "");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")")) {
            for (long id = from; id <= to; id++) {
                ps.setLong(1, id);
                if (deletedAt == null) {
                    ps.setNull(2, java.sql.Types.TIMESTAMP);
                } else {
                    dialect.bindInstant(ps, 2, deletedAt);
                }
                ps.setString(3, deletedAt == null ? null : "tester");
                ps.setString(4, deletedAt == null ? null : table + "-" + id);
                ps.setString(5, "note " + id);
                if (authorId != null) {
                    ps.setLong(6, authorId);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private List<Long> ids(String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> range(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            ids.add(id);
        }
        return ids;
    }
}
