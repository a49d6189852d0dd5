package dev.reprieve.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.admin.internal.trash.TrashEntry;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

class ReprieveAdminRuntimeHintsTest {

    @Test
    void templatesAndTheViewModelsTheyReadAreRegistered() {
        RuntimeHints hints = new RuntimeHints();
        new ReprieveAdminRuntimeHints().registerHints(hints, getClass().getClassLoader());

        assertThat(RuntimeHintsPredicates.resource().forResource("templates/reprieve-admin/trash.html")).accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("templates/reprieve-admin/layout.html")).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(TrashEntry.class)).accepts(hints);
        assertThat(hints.reflection().typeHints().count()).isGreaterThan(10);
    }
}
