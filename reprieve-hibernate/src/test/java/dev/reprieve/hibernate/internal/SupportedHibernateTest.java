package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hibernate.HibernateException;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportedHibernateTest {

    @Test
    void theHibernateThisBuildRunsOnIsSupported() {
        assertThatCode(SupportedHibernate::check).doesNotThrowAnyException();
        assertThatCode(() -> SupportedHibernate.check(Version.getVersionString())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2.19.Final", "7.3.7.Final", "7.4.16.Final"})
    void theSupportedLinesPass(String version) {
        assertThatCode(() -> SupportedHibernate.check(version)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.6.13.Final", "7.1.4.Final", "7.5.0.CR1", "8.0.0.Final", "unknown"})
    void otherVersionsStopStartupNamingFoundAndSupported(String version) {
        assertThatThrownBy(() -> SupportedHibernate.check(version)).isInstanceOf(HibernateException.class)
                .hasMessageContaining("found Hibernate ORM " + version)
                .hasMessageContaining("7.2 to 7.4");
    }
}
