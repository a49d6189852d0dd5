package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.event.SoftDeleted;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.spring.SoftDeleteScopes;
import dev.reprieve.spring.units.Memo;
import dev.reprieve.spring.units.UnitsApp;
import dev.reprieve.spring.units.a.UnitAMemos;
import dev.reprieve.spring.units.b.UnitBMemos;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter in an application with two persistence units whose tables share a name: repositories soft-delete
 * and restore in their own unit only, each unit refuses hard deletes of its own table only, and listener beans
 * hear both units.
 */
@SpringBootTest(classes = UnitsApp.class)
class TwoUnitsTest {

    @Autowired UnitAMemos unitA;
    @Autowired UnitBMemos unitB;
    @Autowired @Qualifier("entityManagerFactory") EntityManagerFactory factoryA;
    @Autowired @Qualifier("unitBEntityManagerFactory") EntityManagerFactory factoryB;
    @Autowired @Qualifier("unitADataSource") DataSource dataSourceA;
    @Autowired @Qualifier("unitBDataSource") DataSource dataSourceB;
    @Autowired SoftDeleteScopes scopes;

    @BeforeEach
    void clean() {
        HardDeletes.run(() -> {
            new JdbcTemplate(dataSourceA).update("delete from memo");
            new JdbcTemplate(dataSourceB).update("delete from memo");
        });
        unitA.save(new Memo(1L, "a"));
        unitB.save(new Memo(1L, "b"));
        UnitsApp.HEARD.clear();
    }

    @Test
    void eachUnitHasItsOwnRuntime() {
        assertThat(ReprieveRuntime.of(factoryA.unwrap(SessionFactory.class)))
                .isNotSameAs(ReprieveRuntime.of(factoryB.unwrap(SessionFactory.class)));
    }

    @Test
    void repositoriesSoftDeleteAndRestoreInTheirOwnUnitOnly() {
        unitB.deleteById(1L);
        assertThat(deletedIds(dataSourceB)).containsExactly(1L);
        assertThat(deletedIds(dataSourceA)).isEmpty();
        assertThat(unitB.findById(1L)).isEmpty();
        assertThat(unitA.findById(1L)).isPresent();
        assertThat(UnitsApp.HEARD).singleElement().isInstanceOf(SoftDeleted.class);

        unitB.restore(1L);
        assertThat(deletedIds(dataSourceB)).isEmpty();
        assertThat(unitB.findById(1L)).isPresent();
    }

    @Test
    void eachUnitRefusesHardDeletesOfItsOwnTableOnly() {
        JdbcTemplate a = new JdbcTemplate(dataSourceA);
        assertThatThrownBy(() -> inUnit(factoryA, "delete from memo")).isInstanceOf(HardDeleteRefusedException.class);
        assertThatThrownBy(() -> inUnit(factoryB, "delete from memo")).isInstanceOf(HardDeleteRefusedException.class);
        assertThat(a.queryForObject("select count(*) from memo", Long.class)).isEqualTo(1);
        // unit a's guard does not know unit_b.memo, a table of the same name in another schema
        inUnit(factoryA, "delete from unit_b.memo");
        assertThat(new JdbcTemplate(dataSourceB).queryForObject("select count(*) from memo", Long.class)).isZero();
        assertThat(a.queryForObject("select count(*) from memo", Long.class)).isEqualTo(1);
    }

    @Test
    void theScopesOfThePrimaryUnitSeeItsDeletedRows() {
        unitA.deleteById(1L);
        assertThat(scopes.includingDeleted(() -> unitA.findAll())).extracting(m -> m.id).containsExactly(1L);
    }

    private static void inUnit(EntityManagerFactory factory, String sql) {
        factory.unwrap(SessionFactory.class).inTransaction(s -> s.createNativeMutationQuery(sql).executeUpdate());
    }

    private static List<Long> deletedIds(DataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForList("select id from memo where deleted_at is not null", Long.class);
    }
}
