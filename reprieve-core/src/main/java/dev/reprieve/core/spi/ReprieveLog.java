package dev.reprieve.core.spi;

/**
 * Where Reprieve's own messages go (purge progress, schema findings): SLF4J when the application has it, which
 * most do through Logback or Log4j, so they land in the application's log; the JDK's {@code System.Logger}
 * otherwise. Core depends on nothing, so SLF4J is optional and looked up once.
 */
public final class ReprieveLog {

    private static final boolean SLF4J = present("org.slf4j.LoggerFactory");

    private final System.Logger jdk;
    private final Object slf4j;

    private ReprieveLog(String name) {
        this.slf4j = SLF4J ? Slf4j.logger(name) : null;
        this.jdk = SLF4J ? null : System.getLogger(name);
    }

    /** The log named {@code name}, conventionally the class that writes to it. */
    public static ReprieveLog of(String name) {
        return new ReprieveLog(name);
    }

    public void info(String message) {
        if (slf4j != null) {
            Slf4j.info(slf4j, message);
        } else {
            jdk.log(System.Logger.Level.INFO, message);
        }
    }

    public void warn(String message) {
        if (slf4j != null) {
            Slf4j.warn(slf4j, message);
        } else {
            jdk.log(System.Logger.Level.WARNING, message);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ReprieveLog.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The only place that touches SLF4J's types: loaded only when SLF4J is on the class path. */
    private static final class Slf4j {
        static Object logger(String name) {
            return org.slf4j.LoggerFactory.getLogger(name);
        }

        static void info(Object logger, String message) {
            ((org.slf4j.Logger) logger).info(message);
        }

        static void warn(Object logger, String message) {
            ((org.slf4j.Logger) logger).warn(message);
        }
    }
}
