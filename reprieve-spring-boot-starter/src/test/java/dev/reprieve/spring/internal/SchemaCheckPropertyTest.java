package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.spring.app.TestApp;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code reprieve.schema-check} reaches Hibernate: off means the schema is not inspected at all. */
@SpringBootTest(classes = TestApp.class, properties = "reprieve.schema-check=off")
class SchemaCheckPropertyTest {

    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void offSkipsTheCheck() {
        assertThat(ReprieveRuntime.of(entityManagerFactory.unwrap(SessionFactory.class)).schemaReport())
                .isEqualTo(SchemaReport.NOT_RUN);
    }
}
