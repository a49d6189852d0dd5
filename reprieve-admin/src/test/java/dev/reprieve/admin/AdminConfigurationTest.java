package dev.reprieve.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.admin.app.AdminTestApp;
import dev.reprieve.admin.app.Contact;
import dev.reprieve.admin.app.ContactRepository;
import dev.reprieve.admin.app.Memo;
import dev.reprieve.admin.app.MemoRepository;
import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The admin's properties: another path and role take effect; a count limit bounds the totals; bad values
 * stop startup naming the property.
 */
class AdminConfigurationTest {

    @Nested
    @SpringBootTest(classes = AdminTestApp.class, properties = {"reprieve.admin.path=/ops/bin/", "reprieve.admin.role=OPS"})
    @AutoConfigureMockMvc
    class AnotherPathAndRole {

        @Autowired MockMvc mvc;

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            AdminDatabases.use(TestDatabase.H2, registry);
        }

        @Test
        void theAdminMovesAndAsksForTheConfiguredRole() throws Exception {
            mvc.perform(get("/ops/bin/trash")).andExpect(redirectedUrl("/ops/bin/login"));
            mvc.perform(get("/ops/bin/trash").with(user("ops").roles("OPS"))).andExpect(status().isOk());
            mvc.perform(get("/ops/bin/api/trash").with(user("admin").roles("REPRIEVE_ADMIN"))).andExpect(status().isForbidden());
            mvc.perform(get("/reprieve/trash").with(user("ops").roles("OPS"))).andExpect(status().isNotFound());
        }
    }

    /** Totals stop at reprieve.admin.count-limit: the page, the type menu and the JSON API say "more than". */
    @Nested
    @SpringBootTest(classes = AdminTestApp.class, properties = "reprieve.admin.count-limit=2")
    @AutoConfigureMockMvc
    class ACountLimit {

        @Autowired MockMvc mvc;
        @Autowired MemoRepository memos;
        @Autowired ContactRepository contacts;
        @Autowired JdbcTemplate jdbc;
        @MockitoSpyBean TrashBrowser browser;

        final RequestPostProcessor admin = user("admin").roles("REPRIEVE_ADMIN");

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            AdminDatabases.use(TestDatabase.H2, registry);
        }

        @BeforeEach
        void threeMemosAndOneContact() {
            jdbc.update("delete from memo");
            jdbc.update("delete from contact");
            for (String title : List.of("one", "two", "three")) {
                Memo memo = memos.save(new Memo(title));
                memos.deleteById(memo.getId());
            }
            Contact contact = contacts.save(new Contact("Ann"));
            contacts.delete(contact);
            clearInvocations(browser);
        }

        @Test
        void theJsonApiKeepsTheTotalAndFlagsItAsALowerBound() throws Exception {
            mvc.perform(get("/reprieve/api/trash").with(admin)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.totalIsLowerBound").value(true))
                    .andExpect(jsonPath("$.totalByType.Memo").value(2)).andExpect(jsonPath("$.totalByType.Contact").value(1))
                    .andExpect(jsonPath("$.lowerBoundTypes", contains("Memo"))).andExpect(jsonPath("$.countLimit").value(2))
                    .andExpect(jsonPath("$.rows", hasSize(4)));
            // under the limit the totals are exact
            mvc.perform(get("/reprieve/api/trash").param("type", "Contact").with(admin))
                    .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.totalIsLowerBound").value(false))
                    .andExpect(jsonPath("$.lowerBoundTypes", hasSize(0)));
        }

        @Test
        void thePageAndItsTypeMenuSayMoreThanTheLimit() throws Exception {
            mvc.perform(get("/reprieve/trash").with(admin)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<span id=\"total\">more than 3</span> deleted row<span>s</span>")))
                    .andExpect(content().string(containsString("Memo (more than 2)")))
                    .andExpect(content().string(containsString("Contact (1)")))
                    .andExpect(content().string(containsString("counting stops at 2 per type")));
            mvc.perform(get("/reprieve/trash").param("type", "Contact").with(admin)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<span id=\"total\">1</span> deleted row")))
                    .andExpect(content().string(containsString("Memo (more than 2)")));
        }

        @Test
        void theUnfilteredPageCountsOnceAndAFilteredOneCountsTheMenuApart() throws Exception {
            mvc.perform(get("/reprieve/trash").with(admin)).andExpect(status().isOk());
            verify(browser, never()).countsByType();
            mvc.perform(get("/reprieve/trash").param("sort", "oldest").with(admin)).andExpect(status().isOk());
            verify(browser, never()).countsByType();
            mvc.perform(get("/reprieve/trash").param("deletedBy", "alice").with(admin)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Memo (more than 2)")));
            verify(browser, times(1)).countsByType();
        }
    }

    @Test
    void anUnknownLabelTypeOrAttributeFailsStartupNamingTheProperty() {
        assertThat(startupError("--reprieve.admin.labels.Nope=title")).contains("reprieve.admin.labels.Nope").contains("Memo");
        assertThat(startupError("--reprieve.admin.labels.Memo=nothing")).contains("reprieve.admin.labels.Memo");
        assertThat(startupError("--reprieve.admin.role=ROLE_ADMIN")).contains("reprieve.admin.role");
        assertThat(startupError("--reprieve.admin.path=/")).contains("reprieve.admin.path");
        assertThat(startupError("--reprieve.admin.page-size=0")).contains("reprieve.admin.page-size");
        assertThat(startupError("--reprieve.admin.count-limit=0")).contains("reprieve.admin.count-limit");
    }

    private static String startupError(String property) {
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(() -> new SpringApplicationBuilder(AdminTestApp.class).run(property,
                "--spring.datasource.url=" + TestDatabase.H2.ensureDatabase("reprieve_admin_config"),
                "--spring.jpa.hibernate.ddl-auto=create-drop", "--server.port=0", "--spring.main.banner-mode=off"))
                .satisfies(e -> failure[0] = e);
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure[0]; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
