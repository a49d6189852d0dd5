package dev.reprieve.core.spi.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.spi.cascade.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftDeleteDialectTest {

    final SoftDeleteTable todo = new SoftDeleteTable("Todo", Object.class, "todo", "id", "deleted_at", "deleted_by",
            "deletion_id", null);

    @Test
    void marksOnlyAliveRowsSoTheFirstDeletionStays() {
        SqlStatement mark = new H2Dialect().markDeletedByIds(todo, "at", "by", "op", List.of(1, 2, 3));
        assertThat(mark.sql()).isEqualTo(
                "UPDATE todo SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE id IN (?, ?, ?) AND deleted_at IS NULL");
        assertThat(mark.binds()).containsExactly("at", "by", "op", 1, 2, 3);
        assertThat(new PostgresDialect().markAllDeleted(todo, "at", "by", "op").sql()).endsWith("WHERE deleted_at IS NULL");
    }

    @Test
    void bindsEachValueWhereItsPlaceholderIsEvenInsideASubquery() {
        SoftDeleteTable item = new SoftDeleteTable("Item", Object.class, "item", "id", "deleted_at", "deleted_by",
                "deletion_id", null);
        Relation items = new Relation("items", todo, "Item", "item", "id", "todo_id", item, SoftDeleteAction.CASCADE);
        SqlStatement cascade = new PostgresDialect().cascadeMark(items, "at", "by", "op", "parent-op");
        assertThat(cascade.sql()).isEqualTo("UPDATE item SET deleted_at = ?, deleted_by = ?, deletion_id = ? WHERE todo_id"
                + " IN (SELECT id FROM todo WHERE deletion_id = ?) AND deleted_at IS NULL");
        assertThat(cascade.binds()).containsExactly("at", "by", "op", "parent-op");
        SqlStatement underDeleted = new MariaDbDialect().selectChildOfOperationUnderDeletedParent(items, "child-op",
                "parent-op");
        assertThat(underDeleted.sql()).isEqualTo("SELECT c.id, p.id FROM item c JOIN todo p ON p.id = c.todo_id WHERE"
                + " c.deletion_id = ? AND p.deleted_at IS NOT NULL AND (p.deletion_id IS NULL OR p.deletion_id <> ?)"
                + " LIMIT 1 FOR UPDATE");
        assertThat(underDeleted.binds()).containsExactly("child-op", "parent-op");
    }

    @Test
    void restoresAGroupByItsDeletionId() {
        assertThat(new MariaDbDialect().restoreGroup(todo, "op").sql()).isEqualTo(
                "UPDATE todo SET deleted_at = NULL, deleted_by = NULL, deletion_id = NULL WHERE deletion_id = ?");
    }

    @Test
    void postgresUsesPartialIndexes() {
        assertThat(new PostgresDialect().createIndexes(todo))
                .contains("DO $$ BEGIN IF to_regclass('todo_alive_idx') IS NULL THEN CREATE INDEX IF NOT EXISTS todo_alive_idx"
                        + " ON todo (id) WHERE deleted_at IS NULL; END IF; END $$");
        // an index lives in its table's schema: the existence check looks there
        assertThat(PostgresDialect.whenMissing("shop.todo", "shop_todo_alive_idx", "CREATE INDEX x"))
                .isEqualTo("DO $$ BEGIN IF to_regclass('shop.shop_todo_alive_idx') IS NULL THEN CREATE INDEX x; END IF; END $$");
        assertThat(new MariaDbDialect().createIndexes(todo)).noneMatch(sql -> sql.contains("WHERE"));
    }

    @Test
    void picksTheDialectByProductName() {
        assertThat(SoftDeleteDialects.forProductName("PostgreSQL")).isInstanceOf(PostgresDialect.class);
        assertThat(SoftDeleteDialects.forProductName("MariaDB")).isInstanceOf(MariaDbDialect.class);
        assertThat(SoftDeleteDialects.forProductName("MySQL")).isInstanceOf(MariaDbDialect.class);
        assertThat(SoftDeleteDialects.forProductName("H2")).isInstanceOf(H2Dialect.class);
        assertThatThrownBy(() -> SoftDeleteDialects.forProductName("Oracle")).hasMessageContaining("Oracle");
        assertThatThrownBy(() -> SoftDeleteDialect.placeholders(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postgresRecognisesAPartitionsCopyOfAUniqueWhenAliveIndex() {
        var key = new UniqueAliveConstraint(todo, List.of("region", "code"), List.of("region", "code"), "todo_region_code_alive_uq");
        var other = new UniqueAliveConstraint(todo, List.of("code"), List.of("code"), "todo_code_alive_uq");
        String message = "ERROR: duplicate key value violates unique constraint \"todo_low_region_code_idx\"\n"
                + "  Detail: Key (region, code)=(10, x) already exists.";
        var postgres = new PostgresDialect();

        assertThat(postgres.namesPartitionIndexOf(message, key)).isTrue();
        assertThat(postgres.namesPartitionIndexOf(message.replace("_idx\"", "_idx1\""), key)).isTrue();
        assertThat(postgres.namesPartitionIndexOf(message, other)).isFalse();
        assertThat(postgres.namesPartitionIndexOf(message.replace("Key (region, code)", "Key (region, code, x)"), key)).isFalse();
        assertThat(new MariaDbDialect().namesPartitionIndexOf(message, key)).isFalse();
    }
}
