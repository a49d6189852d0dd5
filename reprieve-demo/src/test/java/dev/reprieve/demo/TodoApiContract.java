package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The todo JSON API contract and the todo page, on one database; subclasses pick the database. */
abstract class TodoApiContract extends DemoContract {

    long create(String title) throws Exception {
        String body = mvc.perform(post("/api/todos").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.deletedAt").value(nullValue()))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long rows() {
        return jdbc.queryForObject("select count(*) from todo", Long.class);
    }

    @Test
    void aDeleteWithAReasonStoresItUntilTheRestoreAndATooLongOneChangesNothing() throws Exception {
        long milk = create("buy milk");
        mvc.perform(delete("/api/todos/{id}", milk).param("reason", "bought already")).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select deletion_reason from todo where id = ?", String.class, milk))
                .isEqualTo("bought already");
        mvc.perform(post("/api/todos/{id}/restore", milk)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select deletion_reason from todo where id = ?", String.class, milk)).isNull();
        mvc.perform(delete("/api/todos/{id}", milk).param("reason", "x".repeat(501))).andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject("select count(*) from todo where deleted_at is null", Long.class)).isEqualTo(1);
    }

    @Test
    void createListDeleteAndRestore() throws Exception {
        long milk = create("buy milk");
        create("walk the dog");

        mvc.perform(delete("/api/todos/{id}", milk)).andExpect(status().isNoContent());
        mvc.perform(get("/api/todos")).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].title").value("walk the dog"));
        mvc.perform(get("/api/todos").param("deleted", "include")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/todos").param("deleted", "only"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(milk))
                .andExpect(jsonPath("$[0].deletedAt").value(notNullValue()));
        mvc.perform(get("/api/todos/{id}", milk)).andExpect(status().isNotFound());
        mvc.perform(get("/api/todos/{id}", milk).param("deleted", "include")).andExpect(status().isOk())
                .andExpect(jsonPath("$.deletedAt").value(notNullValue()));

        mvc.perform(post("/api/todos/{id}/restore", milk)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("buy milk")).andExpect(jsonPath("$.deletedAt").value(nullValue()));
        mvc.perform(get("/api/todos/{id}", milk)).andExpect(status().isOk());
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void badInputIsA400AndStoresNothing() throws Exception {
        mvc.perform(post("/api/todos").contentType(MediaType.APPLICATION_JSON).content("{\"title\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("Malformed JSON")));
        mvc.perform(post("/api/todos").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"   \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("title")));
        mvc.perform(post("/api/todos").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/todos").param("deleted", "sometimes")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("include")));
        assertThat(rows()).isZero();
    }

    @Test
    void unknownIdsAre404AndRestoringAnAliveTodoIs409() throws Exception {
        long id = create("alive");
        mvc.perform(get("/api/todos/{id}", 999999)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/todos/{id}", 999999)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/todos/{id}", 999999).param("permanent", "true")).andExpect(status().isNotFound());
        mvc.perform(post("/api/todos/{id}/restore", 999999)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("999999")));
        mvc.perform(post("/api/todos/{id}/restore", id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("not deleted")));
        mvc.perform(get("/api/todos/{id}", id).param("deleted", "only")).andExpect(status().isNotFound());
    }

    @Test
    void permanentDeleteErasesTheRow() throws Exception {
        long id = create("erase me");
        mvc.perform(delete("/api/todos/{id}", id)).andExpect(status().isNoContent());
        assertThat(rows()).isEqualTo(1);
        mvc.perform(delete("/api/todos/{id}", id).param("permanent", "true")).andExpect(status().isNoContent());
        assertThat(rows()).isZero();
        mvc.perform(get("/api/todos/{id}", id).param("deleted", "include")).andExpect(status().isNotFound());
    }

    @Test
    void todosDeletedMoreThanThirtyDaysAgoArePurgedThroughTheActuator() throws Exception {
        long old = create("deleted long ago");
        long recent = create("deleted today");
        long alive = create("alive");
        mvc.perform(delete("/api/todos/{id}", old)).andExpect(status().isNoContent());
        mvc.perform(delete("/api/todos/{id}", recent)).andExpect(status().isNoContent());
        jdbc.update("update todo set deleted_at = deleted_at - INTERVAL '40' DAY where id = ?", old);

        // the Actuator needs the admin over HTTP Basic (DemoSecurity)
        mvc.perform(get("/actuator/reprieve").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entities[?(@.entity == 'Todo')].retention").value(org.hamcrest.Matchers.contains("PT720H")))
                .andExpect(jsonPath("$.entities[?(@.entity == 'Todo')].expired").value(org.hamcrest.Matchers.contains(1)));
        mvc.perform(post("/actuator/reprieve/purge").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dryRun\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entities[?(@.entity == 'Todo')].rows").value(org.hamcrest.Matchers.contains(1)));
        assertThat(rows()).isEqualTo(3);
        mvc.perform(post("/actuator/reprieve/purge").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purged").value(1));
        assertThat(jdbc.queryForList("select id from todo order by id", Long.class)).containsExactly(recent, alive);
    }

    @Test
    void thePageAddsDeletesAndRestoresTodos() throws Exception {
        mvc.perform(post("/todos").param("title", "water the plants")).andExpect(redirectedUrl("/todos"));
        long id = jdbc.queryForObject("select id from todo", Long.class);
        mvc.perform(get("/todos")).andExpect(content().string(containsString("water the plants")))
                .andExpect(content().string(containsString("The trash is empty")));
        mvc.perform(post("/todos/{id}/delete", id)).andExpect(redirectedUrl("/todos"));
        mvc.perform(get("/todos")).andExpect(content().string(containsString("Nothing to do")))
                .andExpect(content().string(containsString("Restore")));
        mvc.perform(post("/todos/{id}/restore", id)).andExpect(redirectedUrl("/todos"));
        mvc.perform(get("/todos")).andExpect(content().string(containsString("The trash is empty")));
    }
}
