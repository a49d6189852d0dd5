package dev.reprieve.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.SoftDeleteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardDeleteGuardTest {

    static final class Todo {
    }

    final HardDeleteGuard guard = new HardDeleteGuard(new SoftDeleteModel(List.of(
            new SoftDeleteTable("Todo", Todo.class, "todo", "id", "deleted_at", "deleted_by", "deletion_id", null))));

    @Test
    void refusesEveryShapeOfDeleteOnASoftDeletableTable() {
        for (String sql : List.of(
                "delete from todo where id=?",
                "DELETE FROM TODO",
                "delete from public.todo t1_0 where t1_0.title=?",
                "delete t1_0 from todo t1_0 where t1_0.id=?",
                "  /* comment */ delete from \"todo\" where 1=1",
                "delete from `todo`",
                "delete a from other a join todo b on a.x = b.id")) {
            assertThatThrownBy(() -> guard.check(sql)).as(sql).isInstanceOf(HardDeleteRefusedException.class)
                    .hasMessageMatching("(?is).*todo.*");
        }
    }

    @Test
    void letsOtherStatementsThrough() {
        for (String sql : List.of(
                "update todo set deleted_at=? where id=?",
                "select * from todo",
                "delete from todo_list where id=?",
                "delete from folder_labels where folder_id in (select id from todo)",
                "insert into todo (id) values (?)",
                "/* delete from todo */ select * from todo",
                "  /* unterminated delete from todo")) {
            assertThat(guard.check(sql)).isEqualTo(sql);
        }
    }

    @Test
    void letsDeletesThroughInsideHardDeletesOnly() {
        assertThat(HardDeletes.call(() -> guard.check("delete from todo"))).isEqualTo("delete from todo");
        HardDeletes.run(() -> HardDeletes.run(() -> assertThat(HardDeletes.allowed()).isTrue()));
        assertThat(HardDeletes.allowed()).isFalse();
        assertThatThrownBy(() -> guard.check("delete from todo")).isInstanceOf(HardDeleteRefusedException.class);
    }

    static final class Note {
    }

    /** One unit's tables: todo in the unit's default schema app, note mapped to the schema archive. */
    final HardDeleteGuard unitGuard = new HardDeleteGuard(new SoftDeleteModel(List.of(
            new SoftDeleteTable("Todo", Todo.class, "todo", "id", "deleted_at", "deleted_by", "deletion_id", null),
            new SoftDeleteTable("Note", Note.class, "note", "id", "deleted_at", "deleted_by", "deletion_id", null))),
            java.util.Map.of("Note", "Archive"), java.util.Set.of("app"));

    @Test
    void aUnitsGuardRefusesItsOwnTablesQualifiedOrResolvedThroughItsDefaultSchema() {
        for (String sql : List.of(
                "delete from todo where id=?",
                "delete from app.todo where id=?",
                "delete from \"APP\".\"TODO\"",
                "delete from mydb.app.todo",
                "delete from archive.note",
                "delete from `archive`.`note`")) {
            assertThatThrownBy(() -> unitGuard.check(sql)).as(sql).isInstanceOf(HardDeleteRefusedException.class);
        }
    }

    @Test
    void aUnitsGuardLetsSameNamedTablesOfOtherSchemasThrough() {
        for (String sql : List.of(
                "delete from other.todo where id=?",
                "delete from \"other\".\"todo\"",
                "delete from app.note",
                "delete from note")) {
            assertThat(unitGuard.check(sql)).as(sql).isEqualTo(sql);
        }
    }

    @Test
    void aUnitWhoseDefaultSchemaIsUnknownRefusesEveryUnqualifiedNameAndItsOwnQualifiedOnes() {
        HardDeleteGuard unknown = new HardDeleteGuard(new SoftDeleteModel(List.of(
                new SoftDeleteTable("Todo", Todo.class, "todo", "id", "deleted_at", "deleted_by", "deletion_id", null),
                new SoftDeleteTable("Note", Note.class, "note", "id", "deleted_at", "deleted_by", "deletion_id", null))),
                java.util.Map.of("Note", "archive"), java.util.Set.of());
        for (String sql : List.of("delete from todo", "delete from any.todo", "delete from note", "delete from archive.note")) {
            assertThatThrownBy(() -> unknown.check(sql)).as(sql).isInstanceOf(HardDeleteRefusedException.class);
        }
        assertThat(unknown.check("delete from other.note")).isEqualTo("delete from other.note");
    }
}
