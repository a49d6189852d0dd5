package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import dev.reprieve.demo.sample.SampleData;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The sample data a newcomer starts with: every model, alive and deleted rows, loaded once. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SampleDataContract {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired SampleData sampleData;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    Map<String, Long> alive() {
        return Map.of("todo", count("select count(*) from todo where deleted_at is null"),
                "product", count("select count(*) from product where deleted_at is null"),
                "color", count("select count(*) from color where deleted_at is null"),
                "author", count("select count(*) from author where deleted_at is null"),
                "article", count("select count(*) from article where deleted_at is null"),
                "comment", count("select count(*) from comment where deleted_at is null"));
    }

    @Test
    void anEmptyDatabaseGetsAliveAndDeletedRowsOfEveryModel() throws Exception {
        assertThat(alive()).containsEntry("todo", 3L).containsEntry("product", 2L).containsEntry("color", 3L)
                .containsEntry("author", 2L);
        assertThat(count("select count(*) from todo where deleted_at is not null")).isEqualTo(2);
        assertThat(count("select count(*) from color where deleted_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from author where deleted_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from article a join author w on a.author_id = w.id"
                + " where w.deleted_at is not null and a.deleted_at is not null and a.deletion_id = w.deletion_id")).isEqualTo(1);
        assertThat(count("select count(*) from comment where deleted_at is not null")).isEqualTo(2);
        assertThat(count("select count(*) from article a join author w on a.author_id = w.id"
                + " where w.deleted_at is not null and a.deleted_at is null")).isZero();
        assertThat(count("select count(*) from comment where parent_id is not null and deleted_at is null")).isGreaterThanOrEqualTo(2);
        Timestamp oldest = jdbc.queryForObject("select min(deleted_at) from todo", Timestamp.class);
        assertThat(oldest.toInstant()).isBefore(Instant.now().minus(Duration.ofDays(39)));

        mvc.perform(get("/todos")).andExpect(content().string(allOf(containsString("Buy milk"), containsString("Renew the old passport"))));
        mvc.perform(get("/authors")).andExpect(content().string(allOf(containsString("Ada Lovelace"),
                containsString("Notes on the Analytical Engine"), containsString("4 comments"), containsString("Anonymous Coward"))));
    }

    @Test
    void itIsLoadedOnlyIntoEmptyTables() throws Exception {
        Map<String, Long> before = alive();
        long deleted = count("select count(*) from todo where deleted_at is not null");
        sampleData.run(new DefaultApplicationArguments());
        assertThat(alive()).isEqualTo(before);
        assertThat(count("select count(*) from todo where deleted_at is not null")).isEqualTo(deleted);
    }
}
