package dev.reprieve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.admin.app.AdminTestApp;
import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.TrashCounts;
import dev.reprieve.admin.internal.trash.TrashFilter;
import dev.reprieve.admin.internal.trash.TrashPage;
import dev.reprieve.admin.internal.trash.TrashType;
import dev.reprieve.admin.internal.trash.TrashTypes;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.spi.sql.TrashSql;
import dev.reprieve.core.spi.trash.TrashCursor;
import dev.reprieve.core.spi.trash.TrashOrder;
import dev.reprieve.core.spi.trash.TrashQuery;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With 100,000 deleted rows in each of two tables, the database answers a trash page, first or deep,
 * by walking each table's deleted_at index from the right place and stopping at the page size: never a
 * full scan and sort of the trash. Checked on the plan the database chose, not on a clock. Its totals stop
 * at the count limit and say so.
 */
@SpringBootTest(classes = AdminTestApp.class)
abstract class TrashPlanContract {

    static final int ROWS = 100_000;
    static final long FIRST_ID = 50_000_000L;

    @Autowired JdbcTemplate jdbc;
    @Autowired TrashTypes types;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired TrashBrowser browser;

    /** Inserts {@code ROWS} deleted rows with ids from {@code FIRST_ID}, one second apart, newest first. */
    abstract void fill(String table, String labelColumn);

    /** The plan as text, for {@code explainPrefix + sql}. */
    abstract String explainPrefix();

    /** Whether the plan reads a table without an index. */
    abstract boolean fullScan(String plan);

    @BeforeEach
    void fillTrash() {
        clean();
        fill("memo", "title");
        fill("contact", "name");
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from memo where id >= ?", FIRST_ID);
        jdbc.update("delete from contact where id >= ?", FIRST_ID);
    }

    @Test
    void theFirstPageAndADeepPageBothStartFromTheDeletedAtIndex() {
        List<TrashType> two = List.of(types.require("Memo"), types.require("Contact"));
        TrashQuery first = new TrashQuery(two.stream().map(TrashType::source).toList(), null, null, null, null, null,
                TrashOrder.NEWEST, null, 0, 50);
        TrashQuery deep = new TrashQuery(first.sources(), null, null, null, null, null, TrashOrder.NEWEST,
                new TrashCursor(Instant.parse("2026-01-01T00:00:00Z").minusSeconds(90_000), "Memo", FIRST_ID + 90_000), 0, 50);
        for (TrashQuery q : List.of(first, deep)) {
            String plan = explain(new TrashSql(types.runtime().dialect()).page(q));
            assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).contains("memo_deleted_at_idx").contains("contact_deleted_at_idx");
            assertThat(fullScan(plan)).as(plan).isFalse();
        }
    }

    @Test
    void theTrashApiReturnsTheNewestPageOfAHugeTrash() {
        // a count limit of exactly the rows per type: counted to the end, so the totals are exact, not bounds
        var page = transactions.execute(s -> new TrashBrowser(types, entityManager, transactions, 500, ROWS)
                .page(TrashFilter.all(50)));
        assertThat(page.total()).isEqualTo(2L * ROWS);
        assertThat(page.totalIsLowerBound()).isFalse();
        assertThat(page.lowerBoundTypes()).isEmpty();
        assertThat(page.totalByType()).containsEntry("Memo", (long) ROWS).containsEntry("Contact", (long) ROWS);
        assertThat(page.rows()).hasSize(50);
        assertThat(page.rows().get(0).id()).isEqualTo(String.valueOf(FIRST_ID));
    }

    @Test
    void aTrashLargerThanTheCountLimitReportsTheLimitAsALowerBound() {
        // the admin's own browser: reprieve.admin.count-limit at its default, 10,000, a tenth of each table's trash
        assertThat(browser.page(TrashFilter.all(50)).countLimit()).isEqualTo(10_000);
        TrashPage page = browser.page(TrashFilter.all(50));
        assertThat(page.total()).isEqualTo(20_000L);
        assertThat(page.totalIsLowerBound()).isTrue();
        assertThat(page.totalByType()).containsEntry("Memo", 10_000L).containsEntry("Contact", 10_000L);
        assertThat(page.lowerBoundTypes()).containsExactly("Contact", "Memo");
        assertThat(page.describeTotal()).isEqualTo("more than 20,000");
        assertThat(page.rows()).hasSize(50);
        assertThat(page.rows().get(0).id()).isEqualTo(String.valueOf(FIRST_ID));
        // the type menu's counts: the same bounds
        TrashCounts menu = browser.countsByType();
        assertThat(menu.count("Memo")).isEqualTo(10_000L);
        assertThat(menu.isLowerBound("Memo")).isTrue();
        assertThat(menu.describe("Contact")).isEqualTo("more than 10,000");

        // one type filtered under the limit (the newest 5,001 memos), the other above it: one exact, one a bound
        Instant from = Instant.parse("2026-01-01T00:00:00Z").minusSeconds(5_000);
        TrashPage mixed = browser.page(new TrashFilter(null, from, null, null, null, null, TrashOrder.NEWEST, null, 0, 50));
        assertThat(mixed.totalByType()).containsEntry("Memo", 5_001L).containsEntry("Contact", 5_001L);
        assertThat(mixed.totalIsLowerBound()).isFalse();
        TrashPage memos = browser.page(new TrashFilter("Memo", null, null, "bulk", null, null, TrashOrder.NEWEST, null, 0, 50));
        assertThat(memos.totalByType()).containsOnlyKeys("Memo").containsEntry("Memo", 10_000L);
        assertThat(memos.lowerBoundTypes()).containsExactly("Memo");
        assertThat(memos.total()).isEqualTo(10_000L);
        assertThat(memos.totalIsLowerBound()).isTrue();
        // exactly at the limit is exact: 10,000 rows counted with a limit of 10,000
        Instant tenThousand = Instant.parse("2026-01-01T00:00:00Z").minusSeconds(9_999);
        TrashPage atLimit = browser.page(new TrashFilter("Contact", tenThousand, null, null, null, null, TrashOrder.NEWEST,
                null, 0, 50));
        assertThat(atLimit.total()).isEqualTo(10_000L);
        assertThat(atLimit.totalIsLowerBound()).isFalse();
    }

    private String explain(SqlStatement sql) {
        return transactions.execute(status -> {
            var query = entityManager.unwrap(Session.class).createNativeQuery(explainPrefix() + sql.sql(), Object.class);
            for (int i = 0; i < sql.binds().size(); i++) {
                query.setParameter(i + 1, sql.binds().get(i));
            }
            return ((List<?>) query.getResultList()).stream().map(row -> row instanceof Object[] cols
                    ? java.util.Arrays.toString(cols) : String.valueOf(row)).collect(Collectors.joining("\n"));
        });
    }
}
