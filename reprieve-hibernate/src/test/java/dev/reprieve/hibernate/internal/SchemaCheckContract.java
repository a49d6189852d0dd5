package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.PlainParentCascadeException;
import dev.reprieve.core.schema.SchemaCheckException;
import dev.reprieve.core.schema.SchemaFinding.Kind;
import dev.reprieve.core.schema.SchemaFinding;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.model.unique.Box;
import dev.reprieve.hibernate.model.unique.CascadingItem;
import dev.reprieve.hibernate.model.unique.Crate;
import dev.reprieve.hibernate.model.unique.Depot;
import dev.reprieve.hibernate.model.unique.LegacyItem;
import dev.reprieve.hibernate.model.unique.LegacyTag;
import dev.reprieve.hibernate.model.unique.Warehouse;
import dev.reprieve.testing.TestDatabase;
import java.time.Clock;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * The startup schema check on one database, read through JDBC metadata: a schema built without Reprieve's
 * DDL and with a plain unique column and a cascading foreign key is reported, per mode.
 */
abstract class SchemaCheckContract {

    abstract TestDatabase database();


    Configuration legacySchema(String mode) {
        Configuration cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                LegacyTag.class, LegacyItem.class);
        cfg.setProperty(ReprieveSettings.CREATE_INDEXES, "false");
        cfg.setProperty(ReprieveSettings.SCHEMA_CHECK, mode);
        return cfg;
    }

    @Test
    void warnModeStartsAndReportsEveryProblem() {
        try (SessionFactory factory = legacySchema("warn").buildSessionFactory()) {
            SchemaReport report = ReprieveRuntime.of(factory).schemaReport();
            assertThat(report.ran()).isTrue();
            assertThat(report.findings(Kind.PLAIN_UNIQUE_CONSTRAINT)).singleElement()
                    .satisfies(f -> assertThat(f.entityName()).isEqualTo("LegacyTag"))
                    .satisfies(f -> assertThat(f.message()).contains("label"));
            assertThat(report.findings(Kind.MISSING_SOFT_DELETE_INDEX)).extracting(SchemaFinding::entityName)
                    .containsExactlyInAnyOrder("LegacyTag", "LegacyItem");
            assertThat(report.findings(Kind.MISSING_UNIQUE_WHEN_ALIVE_INDEX)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("slug"));
            assertThat(report.findings(Kind.FOREIGN_KEY_RULE)).singleElement()
                    .satisfies(f -> assertThat(f.entityName()).isEqualTo("LegacyTag"))
                    .satisfies(f -> assertThat(f.message()).contains("ON DELETE CASCADE").containsIgnoringCase("legacyitem")
                            .contains("LegacyItem.tag = RESTRICT"));
        }
    }

    @Test
    void aDatabaseCascadeThatAgreesWithTheSoftDeletePolicyIsFine() {
        Configuration cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                LegacyTag.class, CascadingItem.class);
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            assertThat(ReprieveRuntime.of(factory).schemaReport().findings(Kind.FOREIGN_KEY_RULE)).isEmpty();
        }
    }

    @Test
    void aDatabaseCascadeFromASoftDeletableTableIntoAPlainOneIsReported() {
        Configuration cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                Warehouse.class, Crate.class);
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            assertThat(ReprieveRuntime.of(factory).schemaReport().findings(Kind.FOREIGN_KEY_RULE)).singleElement()
                    .satisfies(f -> assertThat(f.entityName()).isEqualTo("Crate"))
                    .satisfies(f -> assertThat(f.message()).contains("ON DELETE CASCADE").containsIgnoringCase("warehouse_id")
                            .containsIgnoringCase("plain table warehouse").contains("for good")
                            .doesNotContainIgnoringCase("returnto"));
        }
    }

    @Test
    void aPlainEntityWhoseDeleteCascadesIntoASoftDeletableOneIsReported() {
        Configuration cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                Depot.class, Box.class);
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            assertThat(ReprieveRuntime.of(factory).schemaReport().findings(Kind.PLAIN_PARENT_CASCADE)).singleElement()
                    .satisfies(f -> assertThat(f.object()).isEqualTo("Depot.boxes"))
                    .satisfies(f -> assertThat(f.entityName()).isEqualTo("Box"))
                    .satisfies(f -> assertThat(f.message()).contains("Depot is not soft-deletable")
                            .contains("fails on their foreign key"));
        }
    }

    @Test
    void aPlainEntityWhoseCascadeReachesSoftDeletableRowsIsRefusedAtRemoveChangingNothing() {
        Configuration cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                Depot.class, Box.class);
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            factory.inTransaction(s -> {
                Depot full = new Depot();
                full.id = 1L;
                s.persist(full);
                Box box = new Box();
                box.id = 1L;
                box.depot = full;
                s.persist(box);
                Depot empty = new Depot();
                empty.id = 2L;
                s.persist(empty);
            });
            assertThatThrownBy(() -> factory.inTransaction(s -> s.remove(s.find(Depot.class, 1L))))
                    .isInstanceOf(PlainParentCascadeException.class)
                    .hasMessageContaining("Cannot delete Depot 1: Depot.boxes cascades its delete into soft-deletable Box")
                    .hasMessageContaining("1 Box row (alive or in the trash) reference it")
                    .hasMessageContaining("Nothing was changed");
            factory.inTransaction(s -> {
                assertThat(s.find(Depot.class, 1L)).isNotNull();
                assertThat(s.find(Box.class, 1L).isDeleted()).isFalse();
            });

            factory.inTransaction(s -> s.remove(s.find(Box.class, 1L))); // in the trash: its foreign key still holds
            assertThatThrownBy(() -> factory.inTransaction(s -> s.remove(s.find(Depot.class, 1L))))
                    .isInstanceOf(PlainParentCascadeException.class);

            factory.inTransaction(s -> s.remove(s.find(Depot.class, 2L))); // nothing references it: deleted as always
            factory.inTransaction(s -> assertThat(s.find(Depot.class, 2L)).isNull());
        }
    }

    @Test
    void theSameEntitiesWithReprievesIndexesLeaveOnlyWhatReprieveCannotFix() {
        Configuration cfg = legacySchema("warn");
        cfg.setProperty(ReprieveSettings.CREATE_INDEXES, "true");
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            SchemaReport report = ReprieveRuntime.of(factory).schemaReport();
            assertThat(report.findings()).extracting(SchemaFinding::kind)
                    .containsExactlyInAnyOrder(Kind.PLAIN_UNIQUE_CONSTRAINT, Kind.FOREIGN_KEY_RULE);
        }
    }

    @Test
    void aRestartWithSchemaUpdateOnAnIntactSchemaLogsNoJdbcWarning() {
        Configuration first = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                LegacyTag.class, LegacyItem.class);
        first.setProperty(ReprieveSettings.CREATE_INDEXES, "true");
        Configuration restart = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                LegacyTag.class, LegacyItem.class);
        restart.setProperty(ReprieveSettings.CREATE_INDEXES, "true");
        restart.setProperty(org.hibernate.cfg.AvailableSettings.HBM2DDL_AUTO, "update");
        // Hibernate logs each JDBC warning of its schema statements here, at WARN
        java.util.logging.Logger jdbcWarnings = java.util.logging.Logger.getLogger("org.hibernate.orm.jdbc.warn");
        java.util.List<String> warned = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warned.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try (SessionFactory created = first.buildSessionFactory()) {
            jdbcWarnings.addHandler(capture);
            try (SessionFactory restarted = restart.buildSessionFactory()) {
                assertThat(ReprieveRuntime.of(restarted).model().tables()).isNotEmpty();
            } finally {
                jdbcWarnings.removeHandler(capture);
            }
        }
        assertThat(warned).isEmpty();
    }

    @Test
    void failModeRefusesStartupListingEveryProblem() {
        assertThatThrownBy(() -> legacySchema("fail").buildSessionFactory())
                .isInstanceOf(SchemaCheckException.class)
                .hasMessageContaining("PLAIN_UNIQUE_CONSTRAINT").hasMessageContaining("MISSING_SOFT_DELETE_INDEX")
                .hasMessageContaining("MISSING_UNIQUE_WHEN_ALIVE_INDEX").hasMessageContaining("FOREIGN_KEY_RULE")
                .satisfies(e -> assertThat(((SchemaCheckException) e).report().findings()).hasSize(5));
    }

    @Test
    void offModeDoesNotLook() {
        try (SessionFactory factory = legacySchema("off").buildSessionFactory()) {
            assertThat(ReprieveRuntime.of(factory).schemaReport()).isEqualTo(SchemaReport.NOT_RUN);
        }
    }

    @Test
    void aWrongModeFailsNamingTheSetting() {
        assertThatThrownBy(() -> legacySchema("loud").buildSessionFactory())
                .hasMessageContaining("reprieve.schema_check").hasMessageContaining("warn, fail, off");
    }

    @Test
    void aDeclaredDeletionReasonWhoseColumnIsMissingIsReported() throws Exception {
        String url = database().ensureDatabase("reprieve_hibernate");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, database().user(), database().password());
                java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS reason_note");
            st.execute("CREATE TABLE reason_note (id BIGINT PRIMARY KEY, deleted_at TIMESTAMP(6) NULL,"
                    + " deleted_by VARCHAR(255), deletion_id VARCHAR(36))");
        }
        Configuration cfg = HibernateTestFactory.configuration(database(), Clock.systemUTC(), DeleterProvider.NONE,
                dev.reprieve.hibernate.model.unique.ReasonNote.class);
        cfg.setProperty(org.hibernate.cfg.AvailableSettings.HBM2DDL_AUTO, "none");
        cfg.setProperty(ReprieveSettings.CREATE_INDEXES, "false");
        try (SessionFactory factory = cfg.buildSessionFactory()) {
            assertThat(ReprieveRuntime.of(factory).schemaReport().findings(Kind.MISSING_DELETION_REASON_COLUMN))
                    .singleElement()
                    .satisfies(f -> assertThat(f.entityName()).isEqualTo("ReasonNote"))
                    .satisfies(f -> assertThat(f.message()).contains("deletion_reason").contains("docs/schema.md"));
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, database().user(), database().password());
                    java.sql.Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS reason_note");
            }
        }
        // with the column, nothing to report
        try (SessionFactory factory = HibernateTestFactory.build(database(), Clock.systemUTC(), DeleterProvider.NONE,
                dev.reprieve.hibernate.model.unique.ReasonNote.class)) {
            assertThat(ReprieveRuntime.of(factory).schemaReport().findings(Kind.MISSING_DELETION_REASON_COLUMN)).isEmpty();
        }
    }
}

