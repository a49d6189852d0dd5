package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.hibernate.SoftDeletableEntity;
import dev.reprieve.hibernate.cascade.Topic;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Relationship actions that cannot be honoured fail at startup, naming the relationship. */
class CascadeStartupValidationTest {

    @Entity(name = "PlainChild")
    public static class PlainChild {
        @Id Long id;
        @OnSoftDelete(SoftDeleteAction.CASCADE) @ManyToOne Topic topic;
    }

    @Entity(name = "RequiredRef")
    public static class RequiredRef extends SoftDeletableEntity {
        @Id Long id;
        @OnSoftDelete(SoftDeleteAction.DETACH) @ManyToOne(optional = false) Topic topic;
    }

    @Entity(name = "Tagged")
    public static class Tagged extends SoftDeletableEntity {
        @Id Long id;
        @OnSoftDelete(SoftDeleteAction.CASCADE) @ManyToMany Set<Topic> topics;
    }

    private static void boot(Class<?> entity) {
        HibernateTestFactory.build(TestDatabase.H2, Clock.systemUTC(), DeleterProvider.NONE, Topic.class, entity).close();
    }

    @Test
    void cascadeOntoARowThatIsNotSoftDeletableIsRefused() {
        assertThatThrownBy(() -> boot(PlainChild.class)).hasStackTraceContaining("PlainChild.topic: CASCADE needs PlainChild");
    }

    @Test
    void detachOnARequiredReferenceIsRefused() {
        assertThatThrownBy(() -> boot(RequiredRef.class)).hasStackTraceContaining("RequiredRef.topic: DETACH");
    }

    @Test
    void anActionOnAJoinTableIsRefused() {
        assertThatThrownBy(() -> boot(Tagged.class)).hasStackTraceContaining("Tagged.topics: @OnSoftDelete applies to foreign-key");
    }
}
