package dev.reprieve.purge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.sql.H2Dialect;
import dev.reprieve.core.spi.sql.MariaDbDialect;
import dev.reprieve.core.spi.sql.PostgresDialect;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.ForeignKeyReference;
import dev.reprieve.purge.PurgeMapping;
import dev.reprieve.purge.PurgePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every purge statement carries exactly one value per placeholder, in the order the conditions appear,
 * whatever the plan adds: holds, deletion-group members, blockers along foreign-key paths, dependents.
 */
class PurgeStatementsTest {

    static final Instant CUTOFF = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant MEMBER_CUTOFF = Instant.parse("2025-12-01T00:00:00Z");

    static List<SoftDeleteDialect> dialects() {
        return List.of(new H2Dialect(), new PostgresDialect(), new MariaDbDialect());
    }

    /** Authors cascade to articles (one deletion group), articles are referenced by comments through a join. */
    static PurgeStep authorStep() {
        SoftDeleteTable author = table("Author", "author");
        SoftDeleteTable article = table("Article", "article");
        SoftDeleteTable comment = table("Comment", "comment");
        List<PurgePolicy> policies = List.of(
                new PurgePolicy(author, Duration.ofDays(30), "held", "name = 'keep'", ArchiveMode.NONE),
                new PurgePolicy(article, Duration.ofDays(60), "held", null, ArchiveMode.NONE),
                new PurgePolicy(comment, Duration.ofDays(30), null, null, ArchiveMode.NONE));
        PurgeMapping mapping = new PurgeMapping(List.of(
                new ForeignKeyReference("article", "id", "author_id", "author"),
                new ForeignKeyReference("author_note", "id", "author_id", "author"),
                new ForeignKeyReference("note_link", "id", "note_id", "author_note"),
                new ForeignKeyReference("comment", "id", "note_id", "author_note")), Map.of(),
                List.of(new Relation("Article.author", author, "Article", "article", "id", "author_id", article,
                        SoftDeleteAction.CASCADE)));
        return PurgePlanner.plan(policies, mapping).steps().stream().filter(s -> s.entityName().equals("Author"))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void everyStatementBindsOneValuePerPlaceholder(SoftDeleteDialect dialect) {
        PurgeStep step = authorStep();
        assertThat(step.blockers()).as("the plan has blockers").isNotEmpty();
        assertThat(step.dependents()).as("the plan has plain dependents").isNotEmpty();
        assertThat(step.groupMembers()).as("the plan has another group member").hasSize(2);
        PurgeStatements statements = new PurgeStatements(dialect);
        Map<String, Instant> cutoffs = Map.of("Author", CUTOFF, "Article", MEMBER_CUTOFF, "Comment", CUTOFF);
        List<Object> ids = List.of(1L, 2L, 3L);

        for (SqlStatement s : List.of(
                statements.selectBatch(step, cutoffs, null, 10),
                statements.selectBatch(step, cutoffs, new Object[] {CUTOFF, 7L}, 10),
                statements.selectBatchByDeletionTime(step, cutoffs, CUTOFF, 10, true),
                statements.selectRange(step, cutoffs, 5L, 10),
                statements.deleteRange(step, cutoffs, 1L, 9L),
                statements.deleteIds(step, cutoffs, ids),
                statements.countPurgeable(step, cutoffs),
                statements.deleteDependents(step.dependents().get(0), ids),
                statements.deleteByIds(step.policy().table(), ids))) {
            assertThat(placeholders(s.sql())).as(s.sql()).isEqualTo(s.binds().size());
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aRangeDeleteBindsTheRangeThenTheCutoffThenTheOtherMembersCutoff(SoftDeleteDialect dialect) {
        SqlStatement delete = new PurgeStatements(dialect).deleteRange(authorStep(),
                Map.of("Author", CUTOFF, "Article", MEMBER_CUTOFF), 1L, 9L);

        assertThat(delete.binds()).containsExactly(1L, 9L, CUTOFF, MEMBER_CUTOFF);
    }

    private static SoftDeleteTable table(String entity, String table) {
        return new SoftDeleteTable(entity, Object.class, table, "id", "deleted_at", "deleted_by", "deletion_id", null);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aTenantsStatementsBindTheTenantAsAValueInEveryPurgeCondition(SoftDeleteDialect dialect) {
        PurgeStep step = authorStep();
        String tenant = "acme' OR '1'='1";
        PurgeStatements statements = new PurgeStatements(dialect).forTenant(Map.of("Author", "tenant"), tenant);
        Map<String, Instant> cutoffs = Map.of("Author", CUTOFF, "Article", MEMBER_CUTOFF, "Comment", CUTOFF);
        for (SqlStatement s : List.of(
                statements.selectBatch(step, cutoffs, null, 10),
                statements.selectBatchByDeletionTime(step, cutoffs, CUTOFF, 10, true),
                statements.selectRange(step, cutoffs, 5L, 10),
                statements.deleteRange(step, cutoffs, 1L, 9L),
                statements.deleteIds(step, cutoffs, List.of(1L, 2L)),
                statements.countPurgeable(step, cutoffs),
                statements.countExpired(step, cutoffs))) {
            assertThat(s.sql()).as(s.sql()).containsPattern("\\.tenant = \\?").doesNotContain("acme");
            assertThat(s.binds()).as(s.sql()).contains(tenant);
            assertThat(placeholders(s.sql())).as(s.sql()).isEqualTo(s.binds().size());
        }
        assertThat(new PurgeStatements(dialect).selectBatch(step, cutoffs, null, 10).sql()).doesNotContain("tenant");
    }

    private static long placeholders(String sql) {
        return sql.chars().filter(ch -> ch == '?').count();
    }
}
