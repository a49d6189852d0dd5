package dev.reprieve.core.spi.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.ReprieveException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identifies engines from what their JDBC drivers report: product name, product version and, for the
 * PostgreSQL family, {@code version()}. The fixtures are the strings real servers and drivers return.
 */
class DatabaseEngineTest {

    /** One server as a driver sees it; versionFunction is null where the engine is not asked. */
    record Fixture(String product, String version, String versionFunction) {
    }

    static final Fixture POSTGRES = new Fixture("PostgreSQL", "15.10 (Debian 15.10-0+deb12u1)",
            "PostgreSQL 15.10 (Debian 15.10-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit");
    static final Fixture MARIADB = new Fixture("MariaDB", "10.11.6-MariaDB-0+deb12u1", null);
    /** MariaDB Connector/J reports MySQL when it talks to a server whose version does not say MariaDB. */
    static final Fixture MYSQL = new Fixture("MySQL", "8.0.36", null);
    static final Fixture MARIADB_VIA_MYSQL_DRIVER = new Fixture("MySQL", "5.5.5-10.11.6-MariaDB-0+deb12u1", null);
    static final Fixture H2 = new Fixture("H2", "2.3.232 (2024-08-11)", null);
    /** CockroachDB reports server_version 13.0.0 to PostgreSQL drivers; only version() names it. */
    static final Fixture COCKROACH = new Fixture("PostgreSQL", "13.0.0",
            "CockroachDB CCL v24.3.10 (x86_64-pc-linux-gnu, built 2025/04/09 00:00:00, go1.22.8 X:nocoverageredesign)");
    static final Fixture YUGABYTE = new Fixture("PostgreSQL", "11.2-YB-2.18.0.1-b0",
            "PostgreSQL 11.2-YB-2.18.0.1-b0 on x86_64-pc-linux-gnu, compiled by clang version 15.0.3, 64-bit");
    static final Fixture YUGABYTE_PG15 = new Fixture("PostgreSQL", "15.2-YB-2025.1.0.0-b0",
            "PostgreSQL 15.2-YB-2025.1.0.0-b0 on x86_64-pc-linux-gnu, compiled by clang version 17.0.6, 64-bit");
    static final Fixture TIDB = new Fixture("MySQL", "8.0.11-TiDB-v8.5.1", null);
    static final Fixture VITESS = new Fixture("MySQL", "8.0.30-Vitess", null);
    static final Fixture ORACLE = new Fixture("Oracle", "Oracle Database 23ai Free Release 23.0.0.0.0", null);

    @Test
    void identifiesEachEngineFromItsMetadata() {
        assertThat(identify(POSTGRES)).isEqualTo(DatabaseEngine.POSTGRESQL);
        assertThat(identify(MARIADB)).isEqualTo(DatabaseEngine.MARIADB);
        assertThat(identify(MARIADB_VIA_MYSQL_DRIVER)).isEqualTo(DatabaseEngine.MARIADB);
        assertThat(identify(MYSQL)).isEqualTo(DatabaseEngine.MYSQL);
        assertThat(identify(H2)).isEqualTo(DatabaseEngine.H2);
        assertThat(identify(COCKROACH)).isEqualTo(DatabaseEngine.COCKROACHDB);
        assertThat(identify(YUGABYTE)).isEqualTo(DatabaseEngine.YUGABYTEDB);
        assertThat(identify(YUGABYTE_PG15)).isEqualTo(DatabaseEngine.YUGABYTEDB);
        assertThat(identify(TIDB)).isEqualTo(DatabaseEngine.TIDB);
        assertThat(identify(VITESS)).isEqualTo(DatabaseEngine.VITESS);
        assertThat(identify(ORACLE)).isEqualTo(DatabaseEngine.UNKNOWN);
    }

    @Test
    void cockroachIsOnlyToldApartByVersionFunction() {
        assertThat(DatabaseEngine.needsVersionFunction("PostgreSQL")).isTrue();
        assertThat(DatabaseEngine.needsVersionFunction("MariaDB")).isFalse();
        assertThat(DatabaseEngine.identify(COCKROACH.product(), COCKROACH.version(), null)).isEqualTo(DatabaseEngine.POSTGRESQL);
    }

    @Test
    void identifiesFromHibernateDialectNamesWhereNoConnectionIsAtHand() {
        assertThat(DatabaseEngine.identify("PostgreSQLDialect", null, null)).isEqualTo(DatabaseEngine.POSTGRESQL);
        assertThat(DatabaseEngine.identify("CockroachDialect", null, null)).isEqualTo(DatabaseEngine.COCKROACHDB);
        assertThat(DatabaseEngine.identify("MariaDBDialect", null, null)).isEqualTo(DatabaseEngine.MARIADB);
        assertThat(DatabaseEngine.identify("MySQLDialect", null, null)).isEqualTo(DatabaseEngine.MYSQL);
        assertThat(DatabaseEngine.identify("TiDBDialect", null, null)).isEqualTo(DatabaseEngine.TIDB);
        assertThat(DatabaseEngine.identify("H2Dialect", null, null)).isEqualTo(DatabaseEngine.H2);
        assertThat(DatabaseEngine.identify("OracleDialect", null, null)).isEqualTo(DatabaseEngine.UNKNOWN);
    }

    @Test
    void supportedEnginesGetTheirDialect() throws SQLException {
        assertThat(resolve(POSTGRES, null)).isInstanceOf(PostgresDialect.class);
        assertThat(resolve(MARIADB, null)).isInstanceOf(MariaDbDialect.class);
        assertThat(resolve(MYSQL, null)).isInstanceOf(MariaDbDialect.class);
        assertThat(resolve(H2, null)).isInstanceOf(H2Dialect.class);
    }

    @Test
    void unsupportedEnginesStopNamingTheEngineAndTheNearestSetting() {
        assertThatThrownBy(() -> resolve(COCKROACH, null)).isInstanceOf(ReprieveException.class)
                .hasMessageContaining("does not support CockroachDB").hasMessageContaining("CockroachDB CCL v24.3.10")
                .hasMessageContaining("reprieve.dialect=postgresql");
        assertThatThrownBy(() -> resolve(YUGABYTE, null)).isInstanceOf(ReprieveException.class)
                .hasMessageContaining("does not support YugabyteDB").hasMessageContaining("reprieve.dialect=postgresql");
        assertThatThrownBy(() -> resolve(TIDB, null)).isInstanceOf(ReprieveException.class)
                .hasMessageContaining("does not support TiDB").hasMessageContaining("8.0.11-TiDB-v8.5.1")
                .hasMessageContaining("reprieve.dialect=mariadb");
        assertThatThrownBy(() -> resolve(VITESS, null)).isInstanceOf(ReprieveException.class)
                .hasMessageContaining("does not support Vitess").hasMessageContaining("reprieve.dialect=mariadb");
        assertThatThrownBy(() -> resolve(ORACLE, null)).isInstanceOf(ReprieveException.class)
                .hasMessageContaining("Oracle").hasMessageContaining("supported: PostgreSQL, MariaDB/MySQL, H2");
    }

    @Test
    void theSettingForcesADialectWithoutAskingTheDatabase() throws SQLException {
        assertThat(resolve(COCKROACH, "postgresql")).isInstanceOf(PostgresDialect.class);
        assertThat(resolve(TIDB, " MariaDB ")).isInstanceOf(MariaDbDialect.class);
        assertThatThrownBy(() -> resolve(POSTGRES, "oracle")).isInstanceOf(ReprieveException.class)
                .hasMessageContaining("reprieve.dialect: 'oracle' is not a Reprieve dialect; one of [postgresql, mariadb, h2]");
    }

    @Test
    void versionFunctionIsReadOnlyFromThePostgresFamily() throws SQLException {
        List<String> queries = new ArrayList<>();
        SoftDeleteDialects.resolve(connection(MARIADB, queries), null);
        assertThat(queries).isEmpty();
        SoftDeleteDialects.resolve(connection(POSTGRES, queries), null);
        assertThat(queries).containsExactly("SELECT version()");
    }

    private static DatabaseEngine identify(Fixture f) {
        return DatabaseEngine.identify(f.product(), f.version(), f.versionFunction());
    }

    private static SoftDeleteDialect resolve(Fixture f, String forced) throws SQLException {
        return SoftDeleteDialects.resolve(connection(f, new ArrayList<>()), forced);
    }

    /** A connection whose metadata and {@code version()} answer as the fixture's server does. */
    private static Connection connection(Fixture f, List<String> queries) {
        DatabaseMetaData meta = proxy(DatabaseMetaData.class, (name, args) -> switch (name) {
            case "getDatabaseProductName" -> f.product();
            case "getDatabaseProductVersion" -> f.version();
            default -> throw new UnsupportedOperationException(name);
        });
        ResultSet versionRow = proxy(ResultSet.class, new Object() {
            boolean read;

            Object answer(String name, Object[] args) {
                return switch (name) {
                    case "next" -> !read && (read = true);
                    case "getString" -> f.versionFunction();
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(name);
                };
            }
        }::answer);
        Statement statement = proxy(Statement.class, (name, args) -> switch (name) {
            case "executeQuery" -> {
                queries.add((String) args[0]);
                yield versionRow;
            }
            case "close" -> null;
            default -> throw new UnsupportedOperationException(name);
        });
        return proxy(Connection.class, (name, args) -> switch (name) {
            case "getMetaData" -> meta;
            case "createStatement" -> statement;
            default -> throw new UnsupportedOperationException(name);
        });
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(DatabaseEngineTest.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args)));
    }
}
