package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * The demo on one database against bad input and in its error formats: unstorable text and wrong JSON
 * types are a 400 naming the field with nothing stored, every API error is a problem detail, browsers get
 * the demo's page with its navigation, and cookie-authenticated API writes need the CSRF token.
 */
abstract class DemoInputContract extends DemoContract {

    @Test
    void unstorableTextIsA400NamingTheFieldAndNothingIsStored() throws Exception {
        postJson("/api/todos", "{\"title\": \"milk\\u0000\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("field 'title' contains a NUL character (\\u0000), which cannot be stored"));
        postJson("/api/todos", "{\"title\": \"milk\\ud800\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("field 'title' contains an unpaired UTF-16 surrogate")));
        postJson("/api/todos", "{\"title\": \"\\ud83d\\ude00 paired is fine\"}").andExpect(status().isCreated());
        long author = created("/api/authors", "{\"name\": \"Ann\"}");
        postJson("/api/authors/{id}/articles", "{\"title\": \"t\", \"content\": \"a\\u0000\"}", author)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("field 'content'")));
        mvc.perform(post("/todos").param("title", "bread\u0000").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("parameter &#39;title&#39; contains a NUL character")))
                .andExpect(content().string(containsString("Reprieve demo")));
        mvc.perform(get("/api/todos").param("deleted", "\u0000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("parameter 'deleted'")));
        assertThat(rows("todo")).isEqualTo(1);
        assertThat(rows("article")).isZero();
    }

    @Test
    void jsonValuesMustHaveTheirDeclaredTypes() throws Exception {
        postJson("/api/todos", "{\"title\": 42}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("field 'title' must be a string"));
        postJson("/api/todos", "{\"title\": 4.2}").andExpect(status().isBadRequest());
        postJson("/api/products", "{\"name\": \"Tea\", \"price\": \"9.99\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("field 'price' must be a number"));
        long author = created("/api/authors", "{\"name\": \"Ann\"}");
        long article = created("/api/authors/{id}/articles", "{\"title\": \"t\", \"content\": \"c\"}", author);
        long comment = created("/api/articles/{id}/comments", "{\"text\": \"first\"}", article);
        postJson("/api/articles/{id}/comments", "{\"text\": \"reply\", \"parentId\": " + comment + ".5}", article)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("field 'parentId' must be a whole number"));
        postJson("/api/articles/{id}/comments", "{\"text\": \"reply\", \"parentId\": \"" + comment + "\"}", article)
                .andExpect(status().isBadRequest());
        assertThat(rows("todo")).isZero();
        assertThat(rows("product")).isZero();
        assertThat(rows("comment")).isEqualTo(1);
        postJson("/api/products", "{\"name\": \"Tea\", \"price\": 9.99}").andExpect(status().isCreated());
    }

    @Test
    void everyApiErrorIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/nothing-here")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404)).andExpect(jsonPath("$.detail").value(containsString("/api/nothing-here")));
        mvc.perform(put("/api/todos")).andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("PUT is not supported")));
        mvc.perform(post("/api/todos").contentType(MediaType.TEXT_PLAIN).content("milk")).andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/todos/abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'id' must be a whole number, not 'abc'"));
        mvc.perform(get("/articles/1").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void browsersGetTheDemosErrorPageWithItsNavigation() throws Exception {
        for (String path : List.of("/articles/999999", "/articles/abc", "/no-such-page")) {
            mvc.perform(get(path).with(user("user")).accept(MediaType.TEXT_HTML, MediaType.ALL))
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("id=\"current-user\">user<")))
                    .andExpect(content().string(containsString("Log out")))
                    .andExpect(content().string(not(containsString("Whitelabel"))))
                    .andExpect(content().string(not(containsString("java."))))
                    .andExpect(content().string(not(containsString("\"status\""))));
        }
        mvc.perform(get("/articles/abc").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;id&#39; must be a whole number, not &#39;abc&#39;")));
    }

    @Test
    void theDemoHasItsOwnLoginPageAndSaysWhoIsLoggedIn() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("demo.css")))
                .andExpect(content().string(containsString("id=\"password\"")));
        mvc.perform(get("/todos")).andExpect(content().string(containsString("Log in")));
        mvc.perform(get("/todos").with(user("user"))).andExpect(content().string(containsString("Signed in as")))
                .andExpect(content().string(containsString("id=\"current-user\">user<")));
    }

    @Test
    void cookieAuthenticatedApiWritesNeedTheCsrfTokenAndBasicClientsDoNot() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").param("username", "user").param("password", "user").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = created("/api/todos", "{\"title\": \"milk\"}");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/todos/{id}", id).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/todos").session(session).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"forged\"}"))
                .andExpect(status().isForbidden());
        assertThat(deletedRows("todo")).isZero();
        assertThat(rows("todo")).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/todos/{id}", id)
                .session(session).with(csrf())).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select deleted_by from todo", String.class)).isEqualTo("user");
        mvc.perform(post("/api/todos/{id}/restore", id).with(httpBasic("user", "user"))).andExpect(status().isOk());
        mvc.perform(post("/api/todos/{id}/restore", id).with(httpBasic("user", "user")).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
    }
}
