package dev.reprieve.hibernate.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.HibernateException;
import org.hibernate.Version;

/**
 * The Hibernate ORM lines Reprieve is built and tested against. Reprieve hooks into Hibernate's persisters,
 * events and mapping contributions, which change between minor lines, so an unsupported version stops
 * startup with a message instead of misbehaving later.
 */
final class SupportedHibernate {

    static final int MAJOR = 7;
    static final int OLDEST_MINOR = 2;
    static final int NEWEST_MINOR = 4;

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    private SupportedHibernate() {
    }

    /** Fails unless the Hibernate ORM on the class path is a supported line. */
    static void check() {
        check(Version.getVersionString());
    }

    static void check(String version) {
        Matcher m = MAJOR_MINOR.matcher(version == null ? "" : version);
        if (m.find()) {
            int major = Integer.parseInt(m.group(1));
            int minor = Integer.parseInt(m.group(2));
            if (major == MAJOR && minor >= OLDEST_MINOR && minor <= NEWEST_MINOR) {
                return;
            }
        }
        throw new HibernateException("Reprieve supports Hibernate ORM " + MAJOR + "." + OLDEST_MINOR + " to " + MAJOR
                + "." + NEWEST_MINOR + ", but found Hibernate ORM " + version + " on the class path: use a Spring Boot"
                + " 4.0 or 4.1 line (they bring a supported Hibernate), or align org.hibernate.orm:hibernate-core");
    }
}
