package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The todo-shaped contract every simple resource keeps (list and get with {@code ?deleted=}, soft and
 * permanent delete, restore, 404s and 409s); a subclass names the resource and how to make one.
 */
abstract class SoftDeleteResourceContract extends DemoContract {

    /** e.g. {@code /api/products} */
    abstract String path();

    /** e.g. {@code product} */
    abstract String table();

    /** A valid JSON body for a new row labelled by {@code key}, which the view shows in {@link #labelField()}. */
    abstract String body(String key);

    abstract String labelField();

    long create(String key) throws Exception {
        return created(path(), body(key));
    }

    @Test
    void createListDeleteAndRestore() throws Exception {
        long first = create("first");
        create("second");

        mvc.perform(get(path() + "/{id}", first)).andExpect(status().isOk())
                .andExpect(jsonPath("$." + labelField()).value("first"))
                .andExpect(jsonPath("$.deletedAt").value(nullValue()));
        mvc.perform(delete(path() + "/{id}", first)).andExpect(status().isNoContent());
        mvc.perform(get(path())).andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0]." + labelField()).value("second"));
        mvc.perform(get(path()).param("deleted", "include")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get(path()).param("deleted", "only"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(first))
                .andExpect(jsonPath("$[0].deletedAt").value(notNullValue()));
        mvc.perform(get(path() + "/{id}", first)).andExpect(status().isNotFound());
        mvc.perform(get(path() + "/{id}", first).param("deleted", "include")).andExpect(status().isOk())
                .andExpect(jsonPath("$.deletedAt").value(notNullValue()));
        mvc.perform(get(path() + "/{id}", first).param("deleted", "only")).andExpect(status().isOk());

        mvc.perform(post(path() + "/{id}/restore", first)).andExpect(status().isOk())
                .andExpect(jsonPath("$." + labelField()).value("first")).andExpect(jsonPath("$.deletedAt").value(nullValue()));
        mvc.perform(get(path() + "/{id}", first)).andExpect(status().isOk());
        assertThat(rows(table())).isEqualTo(2);
        assertThat(deletedRows(table())).isZero();
    }

    @Test
    void unknownIdsAre404AndRestoringAnAliveRowIs409() throws Exception {
        long id = create("alive");
        mvc.perform(get(path() + "/{id}", 999999)).andExpect(status().isNotFound());
        mvc.perform(delete(path() + "/{id}", 999999)).andExpect(status().isNotFound());
        mvc.perform(delete(path() + "/{id}", 999999).param("permanent", "true")).andExpect(status().isNotFound());
        mvc.perform(post(path() + "/{id}/restore", 999999)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("999999")));
        mvc.perform(post(path() + "/{id}/restore", id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("not deleted")));
        mvc.perform(get(path() + "/{id}", id).param("deleted", "only")).andExpect(status().isNotFound());
        mvc.perform(get(path()).param("deleted", "sometimes")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("include")));
        mvc.perform(get(path() + "/{id}", "abc")).andExpect(status().isBadRequest());
        assertThat(deletedRows(table())).isZero();
    }

    @Test
    void permanentDeleteErasesTheRow() throws Exception {
        long id = create("erase me");
        long other = create("keep me");
        mvc.perform(delete(path() + "/{id}", id)).andExpect(status().isNoContent());
        assertThat(rows(table())).isEqualTo(2);
        mvc.perform(delete(path() + "/{id}", id).param("permanent", "true")).andExpect(status().isNoContent());
        mvc.perform(delete(path() + "/{id}", other).param("permanent", "true")).andExpect(status().isNoContent());
        assertThat(rows(table())).isZero();
        mvc.perform(get(path() + "/{id}", id).param("deleted", "include")).andExpect(status().isNotFound());
    }

    @Test
    void malformedJsonIsA400AndStoresNothing() throws Exception {
        postJson(path(), "{\"name\":").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Malformed JSON")));
        postJson(path(), "{}").andExpect(status().isBadRequest());
        assertThat(rows(table())).isZero();
    }
}
