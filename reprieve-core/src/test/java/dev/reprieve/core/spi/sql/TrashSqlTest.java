package dev.reprieve.core.spi.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.trash.TrashCursor;
import dev.reprieve.core.spi.trash.TrashOrder;
import dev.reprieve.core.spi.trash.TrashQuery;
import dev.reprieve.core.spi.trash.TrashSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trash SQL's shape; that it returns the right rows is tested on the three databases in reprieve-admin. */
class TrashSqlTest {

    final TrashSource todo = new TrashSource(new SoftDeleteTable("Todo", Object.class, "todo", "id", "deleted_at",
            "deleted_by", "deletion_id", null), "title", "title", true);
    final TrashSource note = new TrashSource(new SoftDeleteTable("Note", Object.class, "note", "id", "deleted_at",
            "deleted_by", "deletion_id", null), null, null, true);

    @Test
    void everyBranchReadsItsDeletedAtIndexInOrderAndStopsEarly() {
        SqlStatement sql = new TrashSql(new PostgresDialect()).page(query(null, null, 0, 50));
        assertThat(sql.sql()).contains("FROM todo WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT 51")
                .contains("FROM note WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT 51")
                .contains(" UNION ALL ").endsWith("LIMIT 51");
        assertThat(sql.binds()).isEmpty();
    }

    @Test
    void filterValuesAreBoundNeverPasted() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        TrashQuery q = new TrashQuery(List.of(todo), from, null, "alice'--", "50%_off", null, TrashOrder.NEWEST, null, 0, 10);
        SqlStatement sql = new TrashSql(new MariaDbDialect()).page(q);
        assertThat(sql.sql()).doesNotContain("alice").doesNotContain("50%")
                .contains("deleted_at >= ?", "deleted_by = ?", "LOWER(title) LIKE ? ESCAPE '!'", "CAST(id AS CHAR) = ?");
        assertThat(sql.binds()).containsExactly(from, "alice'--", "50%_off", "%50!%!_off%");
    }

    @Test
    void aReasonFilterIsABoundSubstringMatchAndMatchesNothingInATableWithoutReasons() {
        TrashSource reasoned = new TrashSource(new SoftDeleteTable("Todo", Object.class, "todo", "id", "deleted_at",
                "deleted_by", "deletion_id", null, "deletion_reason", 500), "title", "title", true);
        TrashQuery q = new TrashQuery(List.of(reasoned, note), null, null, null, null, null, TrashOrder.NEWEST, null, 0, 10,
                " GDPR'-- 100%_ ");
        SqlStatement sql = new TrashSql(new PostgresDialect()).page(q);
        assertThat(sql.sql()).doesNotContain("GDPR").doesNotContain("100%")
                .contains("FROM todo WHERE deleted_at IS NOT NULL AND LOWER(deletion_reason) LIKE ? ESCAPE '!'")
                .contains("FROM note WHERE deleted_at IS NOT NULL AND 1 = 0")
                .contains("CAST(deletion_reason AS VARCHAR) AS reason", "CAST(NULL AS VARCHAR) AS reason");
        assertThat(sql.binds()).containsExactly("%gdpr'-- 100!%!_%");
        assertThat(new TrashSql(new PostgresDialect()).count(q, 10).binds()).containsExactly("%gdpr'-- 100!%!_%");
    }

    @Test
    void aKeysetCursorSkipsWhatEarlierPagesShowed() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        TrashQuery q = new TrashQuery(List.of(todo, note), null, null, null, null, null, TrashOrder.NEWEST,
                new TrashCursor(at, "Note", 7L), 0, 10);
        String sql = new TrashSql(new H2Dialect()).page(q).sql();
        // Note = cursor type: same time only with a smaller id; Todo sorts after Note: every row at that time
        assertThat(sql).contains("FROM note WHERE deleted_at IS NOT NULL AND deleted_at <= ? AND (deleted_at < ? OR id < ?)")
                .contains("FROM todo WHERE deleted_at IS NOT NULL AND deleted_at <= ? ORDER BY");
        assertThat(new TrashSql(new H2Dialect()).page(q).binds()).containsExactly(at, at, at, 7L);
    }

    @Test
    void oldestFirstWalksTheOtherWay() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        TrashQuery q = new TrashQuery(List.of(todo, note), null, null, null, null, null, TrashOrder.OLDEST,
                new TrashCursor(at, "Todo", 3L), 0, 10);
        String sql = new TrashSql(new PostgresDialect()).page(q).sql();
        assertThat(sql).contains("FROM note WHERE deleted_at IS NOT NULL AND deleted_at > ? ORDER BY deleted_at ASC, id ASC")
                .contains("FROM todo WHERE deleted_at IS NOT NULL AND deleted_at >= ? AND (deleted_at > ? OR id > ?)");
    }

    @Test
    void offsetsWidenEachBranch() {
        String sql = new TrashSql(new H2Dialect()).page(query(null, null, 100, 20)).sql();
        assertThat(sql).contains("LIMIT 121)").endsWith("LIMIT 21 OFFSET 100");
    }

    @Test
    void countsStopAtTheLimitInEveryBranch() {
        TrashQuery q = new TrashQuery(List.of(todo, note), null, null, "alice", null, null, TrashOrder.NEWEST, null, 0, 10);
        SqlStatement sql = new TrashSql(new MariaDbDialect()).count(q, 10_001);
        assertThat(sql.sql()).contains("SELECT 'Todo' AS entity_type, COUNT(*) AS row_count FROM (SELECT 1 AS hit FROM todo"
                + " WHERE deleted_at IS NOT NULL AND deleted_by = ? LIMIT 10001) c0")
                .contains(" UNION ALL SELECT 'Note' AS entity_type, COUNT(*) AS row_count FROM (SELECT 1 AS hit FROM note"
                        + " WHERE deleted_at IS NOT NULL AND deleted_by = ? LIMIT 10001) c1");
        assertThat(sql.binds()).containsExactly("alice", "alice");
        assertThatThrownBy(() -> new TrashSql(new H2Dialect()).count(q, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNamesThatAreNotIdentifiers() {
        assertThatThrownBy(() -> new TrashSource(new SoftDeleteTable("x'; drop table todo", Object.class, "t", "id",
                "a", "b", "c", null), null, null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditSql(new H2Dialect(), "audit; drop")).isInstanceOf(IllegalArgumentException.class);
    }

    private TrashQuery query(Instant from, Instant to, int offset, int limit) {
        return new TrashQuery(List.of(todo, note), from, to, null, null, null, TrashOrder.NEWEST, null, offset, limit);
    }
}
