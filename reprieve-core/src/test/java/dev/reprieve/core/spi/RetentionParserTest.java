package dev.reprieve.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionParserTest {

    @Test
    void readsShortAndIsoForms() {
        assertThat(RetentionParser.parse("30d", "x")).isEqualTo(Duration.ofDays(30));
        assertThat(RetentionParser.parse(" 12h ", "x")).isEqualTo(Duration.ofHours(12));
        assertThat(RetentionParser.parse("90m", "x")).isEqualTo(Duration.ofMinutes(90));
        assertThat(RetentionParser.parse("P30D", "x")).isEqualTo(Duration.ofDays(30));
        assertThat(RetentionParser.parse("", "x")).isNull();
        assertThat(RetentionParser.parse(null, "x")).isNull();
    }

    @Test
    void namesTheSourceOfBadValues() {
        assertThatThrownBy(() -> RetentionParser.parse("a month", "reprieve.retention.Todo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reprieve.retention.Todo");
        assertThatThrownBy(() -> RetentionParser.parse("-P1D", "reprieve.retention.Todo"))
                .hasMessageContaining("negative").hasMessageContaining("reprieve.retention.Todo");
    }
}
