package dev.reprieve.core.spi.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementTest {

    @Test
    void theBuilderWritesEachPlaceholderWithItsValueInOrder() {
        SqlStatement s = SqlStatement.builder("SELECT * FROM t WHERE a = ").bind("x")
                .sql(" AND b IN (").bindAll(List.of(1, 2, 3)).sql(")")
                .append(SqlStatement.builder(" AND c < ").bind(9).build())
                .build();

        assertThat(s.sql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b IN (?, ?, ?) AND c < ?");
        assertThat(s.binds()).containsExactly("x", 1, 2, 3, 9);
    }

    @Test
    void aNullValueBindsSqlNull() {
        SqlStatement s = SqlStatement.builder("UPDATE t SET a = ").bind(null).build();

        assertThat(s.binds()).containsExactly((Object) null);
    }

    @Test
    void anEmptyInListIsRefusedInsteadOfWritingInvalidSql() {
        assertThatThrownBy(() -> SqlStatement.builder("x IN (").bindAll(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatementsBindsCannotBeChangedAfterwards() {
        List<Object> values = new java.util.ArrayList<>(Arrays.asList(1, 2));
        SqlStatement s = new SqlStatement("?, ?", values);
        values.add(3);

        assertThat(s.binds()).containsExactly(1, 2);
        assertThatThrownBy(() -> s.binds().add(4)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void idListsGoInChunksOfTheDialectsInListSize() {
        List<Integer> ids = java.util.stream.IntStream.rangeClosed(1, 2001).boxed().toList();

        List<List<Integer>> chunks = InLists.chunks(ids, new PostgresDialect());

        assertThat(chunks).extracting(List::size).containsExactly(1000, 1000, 1);
        assertThat(chunks.get(2)).containsExactly(2001);
        assertThat(InLists.chunks(List.of(), 10)).isEmpty();
    }
}
