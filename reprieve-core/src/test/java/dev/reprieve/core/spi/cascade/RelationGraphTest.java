package dev.reprieve.core.spi.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationGraphTest {

    static SoftDeleteTable table(String entity, String table) {
        return new SoftDeleteTable(entity, Object.class, table, "id", "deleted_at", "deleted_by", "deletion_id", null);
    }

    final SoftDeleteTable author = table("Author", "app.author");
    final Relation articles = new Relation("Article.author", author, "Article", "app.article", "id", "author_id",
            table("Article", "app.article"), SoftDeleteAction.CASCADE);

    @Test
    void theReferencesHoldEveryForeignKeyOnceTheRelationsOwnIncluded() {
        TableReference joinTable = new TableReference("app.article_tag", null, "article_id", "app.article");
        RelationGraph graph = new RelationGraph(List.of(articles), List.of(joinTable,
                new TableReference("APP.\"ARTICLE\"", "id", "AUTHOR_ID", "app.author")));

        assertThat(graph.references()).as("the relation's key, given in another case and quoting, counts once")
                .hasSize(2).contains(joinTable);
        assertThat(graph.relations()).containsExactly(articles);
        assertThat(graph.from("APP.AUTHOR")).containsExactly(articles);
    }

    @Test
    void aGraphOfRelationsAloneHasTheirForeignKeysAsReferences() {
        assertThat(new RelationGraph(List.of(articles)).references())
                .containsExactly(new TableReference("app.article", "id", "author_id", "app.author"));
    }
}
