package dev.reprieve.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With SLF4J on the class path (here with Logback behind it) Reprieve's messages land in the application's log;
 * without it they go to the JDK's {@code System.Logger} (java.util.logging unless the application installs another
 * backend).
 */
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

    @Test
    void withoutSlf4jMessagesGoThroughTheJdksSystemLogger() throws Exception {
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("dev.reprieve.fallback");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        jul.setUseParentHandlers(false);
        URL coreClasses = ReprieveLog.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutSlf4j = new URLClassLoader(new URL[] {coreClasses}, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> Class.forName("org.slf4j.LoggerFactory", false, withoutSlf4j))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> type = Class.forName(ReprieveLog.class.getName(), true, withoutSlf4j);
            assertThat(type).isNotSameAs(ReprieveLog.class);
            Object log = type.getMethod("of", String.class).invoke(null, "dev.reprieve.fallback");
            type.getMethod("info", String.class).invoke(log, "Purge Todo: 3 of 3 expired rows done");
            type.getMethod("warn", String.class).invoke(log, "Reprieve schema check: a finding");
        } finally {
            jul.removeHandler(handler);
            jul.setUseParentHandlers(true);
        }
        assertThat(records).extracting(LogRecord::getLevel, LogRecord::getMessage).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.logging.Level.INFO, "Purge Todo: 3 of 3 expired rows done"),
                org.assertj.core.groups.Tuple.tuple(java.util.logging.Level.WARNING, "Reprieve schema check: a finding"));
    }
}
