package dev.reprieve.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What every demo contract shares: the app with MockMvc, empty tables before each test, JSON helpers. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DemoContract {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyTables() {
        jdbc.update("update comment set parent_id = null");
        for (String table : new String[] {"comment", "article", "author", "color", "product", "todo"}) {
            jdbc.update("delete from " + table);
        }
    }

    /** POSTs a JSON body. */
    ResultActions postJson(String path, String json, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** POSTs a JSON body that must create something (201), and returns the new row's id. */
    long created(String path, String json, Object... vars) throws Exception {
        String body = postJson(path, json, vars).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    long deletedRows(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where deleted_at is not null", Long.class);
    }
}
