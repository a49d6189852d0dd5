package dev.reprieve.purge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.core.spi.cascade.TableReference;
import dev.reprieve.purge.ArchiveMode;
import dev.reprieve.purge.PurgeMapping;
import dev.reprieve.purge.PurgePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurgePlannerTest {

    final SoftDeleteTable author = table("Author", "author");
    final SoftDeleteTable article = table("Article", "article");
    final SoftDeleteTable comment = table("Comment", "comment");
    final SoftDeleteTable color = table("Color", "color");
    final SoftDeleteTable tag = table("Tag", "tag");

    static SoftDeleteTable table(String entity, String table) {
        return new SoftDeleteTable(entity, Object.class, table, "id", "deleted_at", "deleted_by", "deletion_id", null);
    }

    static PurgePolicy purged(SoftDeleteTable t) {
        return new PurgePolicy(t, Duration.ofDays(30), null, null, ArchiveMode.NONE);
    }

    static Relation relation(SoftDeleteTable parent, SoftDeleteTable child, SoftDeleteAction action) {
        return new Relation(child.entityName() + "." + parent.table(), parent, child.entityName(), child.table(), "id",
                parent.table() + "_id", child, action);
    }

    @Test
    void aTypesGroupMembersAreTheTypesItsCascadesJoinInEitherDirectionAndItself() {
        List<PurgePolicy> policies = List.of(purged(author), purged(article), purged(comment), purged(color),
                purged(tag));
        PurgeMapping mapping = new PurgeMapping(List.of(), Map.of(), List.of(
                relation(author, article, SoftDeleteAction.CASCADE),
                relation(article, comment, SoftDeleteAction.CASCADE),
                relation(color, tag, SoftDeleteAction.DETACH)));

        PurgePlan plan = PurgePlanner.plan(policies, mapping);

        assertThat(members(plan, "Comment")).containsExactlyInAnyOrder("Author", "Article", "Comment");
        assertThat(members(plan, "Author")).containsExactlyInAnyOrder("Author", "Article", "Comment");
        assertThat(members(plan, "Color")).as("a detach stamps nothing: no shared group").containsExactly("Color");
        assertThat(members(plan, "Tag")).containsExactly("Tag");
    }

    @Test
    void aTypeWithoutRetentionStillCountsAsAGroupMember() {
        PurgePolicy neverPurged = new PurgePolicy(article, null, null, null, ArchiveMode.NONE);
        PurgeMapping mapping = new PurgeMapping(List.of(), Map.of(),
                List.of(relation(author, article, SoftDeleteAction.CASCADE)));

        PurgePlan plan = PurgePlanner.plan(List.of(purged(author), neverPurged), mapping);

        assertThat(plan.steps()).extracting(PurgeStep::entityName).containsExactly("Author");
        assertThat(members(plan, "Author")).containsExactlyInAnyOrder("Author", "Article");
    }

    @Test
    void theOrderFollowsTheRelationGraphIntoPlainDependentTablesAndJoinTables() {
        RelationGraph graph = new RelationGraph(List.of(relation(author, article, SoftDeleteAction.CASCADE)), List.of(
                new TableReference("author_note", "id", "author_id", "author"),
                new TableReference("note_link", "id", "note_id", "author_note"),
                new TableReference("article_tag", null, "article_id", "article")));

        PurgePlan plan = PurgePlanner.plan(List.of(purged(author), purged(article)), new PurgeMapping(graph, Map.of()));

        assertThat(plan.steps()).extracting(PurgeStep::entityName).as("children first").containsExactly("Article", "Author");
        assertThat(paths(step(plan, "Author").dependents())).as("a plain dependent and its own, the deepest first")
                .containsExactly("author_note>note_link", "author_note");
        assertThat(paths(step(plan, "Author").blockers())).containsExactly("article");
        assertThat(paths(step(plan, "Article").dependents())).as("the join table").containsExactly("article_tag");
    }

    @Test
    void aRelationAloneOrdersThePurgeAlongItsForeignKey() {
        PurgeMapping mapping = new PurgeMapping(List.of(), Map.of(),
                List.of(relation(author, article, SoftDeleteAction.RESTRICT)));

        PurgePlan plan = PurgePlanner.plan(List.of(purged(author), purged(article)), mapping);

        assertThat(plan.steps()).extracting(PurgeStep::entityName).containsExactly("Article", "Author");
        assertThat(mapping.graph().references()).containsExactly(new TableReference("article", "id", "author_id", "author"));
    }

    static PurgeStep step(PurgePlan plan, String entity) {
        return plan.steps().stream().filter(s -> s.entityName().equals(entity)).findFirst().orElseThrow();
    }

    static List<String> paths(List<List<TableReference>> paths) {
        return paths.stream().map(path -> path.stream().map(TableReference::table)
                .collect(java.util.stream.Collectors.joining(">"))).toList();
    }

    static List<String> members(PurgePlan plan, String entity) {
        return plan.steps().stream().filter(s -> s.entityName().equals(entity)).findFirst().orElseThrow()
                .groupMembers().stream().map(PurgePolicy::entityName).toList();
    }
}
