package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who may do what in the demo: anonymous app use, the two users, the admin trash and its API. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DemoSecurityContract {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc.update("delete from todo");
    }

    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void anHttpBasicLoginLeavesTheDemoPasswordsAsTheyAreSoNoRequestPaysForAPasswordHash() throws Exception {
        // a UserDetailsPasswordService would let Spring Security re-hash {noop} passwords with BCrypt at the first
        // login, and every later HTTP Basic request would then spend most of its time checking that hash
        assertThat(users).isNotInstanceOf(org.springframework.security.core.userdetails.UserDetailsPasswordService.class);
        mvc.perform(get("/reprieve/api/trash").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get("/reprieve/api/trash").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
        assertThat(users.loadUserByUsername("admin").getPassword()).startsWith("{noop}");
    }

    @Test
    void theAppAndItsApiStayOpenToAnonymousUseAndLeaveDeletedByEmpty() throws Exception {
        mvc.perform(get("/todos")).andExpect(status().isOk()).andExpect(content().string(containsString("Admin trash")));
        mvc.perform(post("/api/todos").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"anon\"}"))
                .andExpect(status().isCreated());
        long id = jdbc.queryForObject("select id from todo", Long.class);
        mvc.perform(post("/todos/{id}/delete", id)).andExpect(redirectedUrl("/todos"));
        assertThat(jdbc.queryForObject("select deleted_by from todo", String.class)).isNull();
    }

    @Test
    void aLoggedInUserIsRecordedAsTheDeleterAndTheirFormsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/todos").param("title", "mine").with(user("user"))).andExpect(status().isForbidden());
        mvc.perform(post("/todos").param("title", "mine").with(user("user")).with(csrf())).andExpect(redirectedUrl("/todos"));
        long id = jdbc.queryForObject("select id from todo", Long.class);
        mvc.perform(post("/todos/{id}/delete", id).with(user("user")).with(csrf())).andExpect(redirectedUrl("/todos"));
        assertThat(jdbc.queryForObject("select deleted_by from todo", String.class)).isEqualTo("user");
    }

    @Test
    void theAdminNeedsTheAdminUser() throws Exception {
        mvc.perform(get("/reprieve/trash")).andExpect(redirectedUrl("/reprieve/login"));
        mvc.perform(get("/reprieve/api/trash")).andExpect(status().isUnauthorized());
        mvc.perform(get("/reprieve/api/trash").with(httpBasic("user", "user"))).andExpect(status().isForbidden());
        mvc.perform(get("/reprieve/api/trash").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").isArray());
    }

    @Test
    void theActuatorNeedsTheAdminOverHttpBasicExceptItsHealthProbe() throws Exception {
        mvc.perform(get("/actuator/reprieve")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/reprieve").with(httpBasic("user", "user"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/reprieve").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entities").isArray());
        mvc.perform(post("/actuator/reprieve/purge").with(httpBasic("user", "user")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dryRun\": true}")).andExpect(status().isForbidden());
        mvc.perform(post("/actuator/reprieve/purge").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dryRun\": true}")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
