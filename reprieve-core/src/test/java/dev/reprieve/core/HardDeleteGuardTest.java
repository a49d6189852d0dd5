package dev.reprieve.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
