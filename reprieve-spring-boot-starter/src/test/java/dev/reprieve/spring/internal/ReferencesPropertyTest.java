package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.ReferencePolicy;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.spring.app.TestApp;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code reprieve.references} reaches Hibernate as the global reference policy (its effect: ReferenceContract). */
@SpringBootTest(classes = TestApp.class, properties = "reprieve.references=throw")
class ReferencesPropertyTest {

    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void throwIsHandedToHibernate() {
        assertThat(entityManagerFactory.unwrap(SessionFactory.class).getProperties().get(ReprieveSettings.REFERENCES))
                .isEqualTo(ReferencePolicy.THROW);
    }
}
