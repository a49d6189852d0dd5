package dev.reprieve.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.RestoreListener;
import dev.reprieve.spring.bad.BadApp;
import dev.reprieve.spring.plain.PlainApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

class StartupValidationTest {

    @Test
    void aSoftDeleteRepositoryForAPlainEntityFailsStartupNamingTheEntity() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(BadApp.class)
                .properties("spring.datasource.url=jdbc:h2:mem:bad", "spring.main.web-application-type=none")
                .run().close());
        Throwable cause = failure;
        while (!(cause instanceof NotSoftDeletableException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(NotSoftDeletableException.class)
                .hasMessageContaining("bad.Invoice").hasMessageContaining("SoftDeleteRepository");
    }

    @Test
    void anApplicationWithoutSoftDeletableEntitiesStartsEvenWithARestoreListener() {
        try (var context = new SpringApplicationBuilder(PlainApp.class)
                .properties("spring.datasource.url=jdbc:h2:mem:plain", "spring.main.web-application-type=none").run()) {
            assertThat(context.getBean(RestoreListener.class)).isNotNull();
        }
    }
}
