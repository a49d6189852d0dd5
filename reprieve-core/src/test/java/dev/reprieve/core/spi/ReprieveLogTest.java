package dev.reprieve.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** With SLF4J on the class path (here with Logback behind it) Reprieve's messages land in the application's log. */
class ReprieveLogTest {

    @Test
    void messagesGoThroughSlf4jWhenItIsThere() {
        Logger logger = (Logger) LoggerFactory.getLogger("dev.reprieve.test");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            ReprieveLog log = ReprieveLog.of("dev.reprieve.test");
            log.info("Purge Todo: 3 of 3 expired rows done");
            log.warn("Reprieve schema check: a finding");
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Level.INFO, "Purge Todo: 3 of 3 expired rows done"),
                org.assertj.core.groups.Tuple.tuple(Level.WARN, "Reprieve schema check: a finding"));
    }
}
