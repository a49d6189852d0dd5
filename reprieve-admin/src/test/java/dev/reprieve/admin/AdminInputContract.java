package dev.reprieve.admin;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.admin.app.AdminTestApp;
import dev.reprieve.admin.app.Memo;
import dev.reprieve.admin.app.MemoRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin on one database against bad input and in its error formats: unstorable text, page bounds,
 * redirect targets, problem details for every API error, its own pages for browsers, 401 and no session for
 * anonymous API calls.
 */
@SpringBootTest(classes = AdminTestApp.class)
@AutoConfigureMockMvc
abstract class AdminInputContract {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MemoRepository memos;

    final RequestPostProcessor admin = user("admin").roles("REPRIEVE_ADMIN");

    @BeforeEach
    void clean() {
        jdbc.update("update remark set parent_id = null");
        for (String table : List.of("memo", "contact", "ticket", "reprieve_audit", "remark", "loan", "doc", "folder")) {
            jdbc.update("delete from " + table);
        }
    }

    long deletedMemo(String title) {
        Memo memo = memos.save(new Memo(title));
        memos.deleteById(memo.getId());
        return memo.getId();
    }

    @Test
    void unstorableTextInAFilterIsA400NamingTheParameter() throws Exception {
        deletedMemo("milk");
        for (String parameter : List.of("q", "deletedBy", "reason", "type", "cursor")) {
            mvc.perform(get("/reprieve/api/trash").param(parameter, "a\u0000b").with(admin)).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("parameter '" + parameter + "'")))
                    .andExpect(jsonPath("$.detail").value(containsString("NUL")));
        }
        mvc.perform(get("/reprieve/api/history").param("actor", "x\ud800").with(admin)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("parameter 'actor' contains an unpaired UTF-16 surrogate")));
        mvc.perform(get("/reprieve/trash").param("q", "\u0000").with(admin).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("parameter &#39;q&#39; contains a NUL character")))
                .andExpect(content().string(containsString("id=\"current-user\">admin<")));
    }

    @Test
    void unstorableTextInAJsonBodyIsA400NamingTheFieldAndRestoresNothing() throws Exception {
        long id = deletedMemo("milk");
        mvc.perform(post("/reprieve/api/trash/restore").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("[\"Memo:" + id + "\", \"Memo:\\u0000\"]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("field '1'")));
        assertThat(memos.findById(id)).isEmpty();
    }

    @Test
    void pagesAndSizesAreBoundedTheSameEverywhere() throws Exception {
        deletedMemo("milk");
        mvc.perform(get("/reprieve/types/Memo").param("page", "2147483647").with(admin).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("page must be a whole number from 0 to 1000000")));
        mvc.perform(get("/reprieve/types/Memo").param("page", "1000000").with(admin)).andExpect(status().isOk());
        for (String page : List.of("-1", "abc", "1.5", "99999999999999999999")) {
            mvc.perform(get("/reprieve/api/trash").param("page", page).with(admin)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("page must be a whole number from 0 to 1000000")));
        }
        for (String path : List.of("/reprieve/api/trash", "/reprieve/api/history")) {
            for (String size : List.of("0", "501", "-5", "x")) {
                mvc.perform(get(path).param("size", size).with(admin)).andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.detail").value(containsString("size must be a whole number from 1 to 500")));
            }
            mvc.perform(get(path).param("size", "500").with(admin)).andExpect(status().isOk());
        }
        mvc.perform(get("/reprieve/api/trash").param("page", "1000000").param("size", "500").with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").isEmpty());
    }

    @Test
    void aRedirectTargetFromInputIsFollowedOnlyWhenLocal() throws Exception {
        long id = deletedMemo("milk");
        mvc.perform(post("/reprieve/trash/Memo/{id}/restore", id).param("back", "/reprieve/trash?q=milk").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/reprieve/trash?q=milk"));
        memos.deleteById(id);
        for (String back : List.of("/reprieve/trash\r\nSet-Cookie: x=1", "//evil.example/reprieve/", "https://evil.example/",
                "/reprieve/\\evil", "/elsewhere", "/reprieve/\u0085x")) {
            mvc.perform(post("/reprieve/trash/Memo/{id}/restore", id).param("back", back).with(admin).with(csrf()))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/reprieve/trash"));
        }
    }

    @Test
    void everyApiErrorIsAProblemDetail() throws Exception {
        mvc.perform(get("/reprieve/api/nothing-here").with(admin)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404)).andExpect(jsonPath("$.detail").value(containsString("/reprieve/api/nothing-here")));
        mvc.perform(put("/reprieve/api/trash").with(admin).with(csrf())).andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Allow", containsString("GET")));
        mvc.perform(post("/reprieve/api/trash/restore").with(admin).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/reprieve/api/trash/restore").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("Malformed JSON request body"));
        mvc.perform(post("/reprieve/api/purge").param("dryRun", "maybe").with(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("'dryRun' must be true or false, not 'maybe'"));
    }

    @Test
    void browsersGetTheAdminsOwnPagesForErrors() throws Exception {
        mvc.perform(get("/reprieve/nothing-here").with(admin).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Reprieve admin"))).andExpect(content().string(containsString("Log out")));
        mvc.perform(get("/reprieve/types/Memo").param("showDeleted", "perhaps").with(admin).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must be true or false")))
                .andExpect(content().string(not(containsString("java.lang"))));
    }

    @Test
    void aUserWithoutTheRoleSeesTheStyledForbiddenPage() throws Exception {
        mvc.perform(get("/reprieve/trash").with(user("bob").roles("USER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/reprieve/denied"));
        mvc.perform(get("/reprieve/denied").with(user("bob").roles("USER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("class=\"bar\"")))
                .andExpect(content().string(containsString("id=\"current-user\">bob<")))
                .andExpect(content().string(containsString("needs the role")));
    }

    @Test
    void anAnonymousApiCallIsA401WithAChallengeAndLeavesNoSession() throws Exception {
        long id = deletedMemo("milk");
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id)).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
        mvc.perform(get("/reprieve/api/trash")).andExpect(status().isUnauthorized())
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).with(httpBasic("user", "user"))).andExpect(status().isForbidden())
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
        assertThat(memos.findById(id)).isEmpty();
    }
}
