package dev.reprieve.purge;

import java.sql.SQLException;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** H2 is embedded: here it runs as a TCP server in the test's JVM, so that the killed JVM can share it. */
class H2PurgerTest extends PurgerContract {

    private static Server server;

    @BeforeAll
    static void start() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Override
    String[] database() {
        return new String[] {"jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:reprieve_purger;DB_CLOSE_DELAY=-1",
            "sa", ""};
    }
}
