package dev.reprieve.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void aNullArgumentIsAnIllegalArgumentNamingIt() {
        assertThat(Arguments.requireNonNull(7L, "id")).isEqualTo(7L);
        assertThatThrownBy(() -> Arguments.requireNonNull(null, "id"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("id must not be null");
    }

    @Test
    void anIterableMayHoldNoNullAndIsCopied() {
        assertThat(Arguments.requireNoNulls(Set.of(1L), "ids")).containsExactly(1L);
        Iterable<Long> notACollection = () -> List.of(1L, 2L).iterator();
        assertThat(Arguments.requireNoNulls(notACollection, "ids")).containsExactly(1L, 2L);
        assertThatThrownBy(() -> Arguments.requireNoNulls(null, "ids")).hasMessage("ids must not be null");
        assertThatThrownBy(() -> Arguments.requireNoNulls(Arrays.asList(1L, null), "ids"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("ids must not contain null elements (element 1 is null)");
    }
}
