package dev.reprieve.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.admin.app.AdminTestApp;
import dev.reprieve.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's properties: another path and role take effect; bad values stop startup naming the property. */
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

    @Test
    void anUnknownLabelTypeOrAttributeFailsStartupNamingTheProperty() {
        assertThat(startupError("--reprieve.admin.labels.Nope=title")).contains("reprieve.admin.labels.Nope").contains("Memo");
        assertThat(startupError("--reprieve.admin.labels.Memo=nothing")).contains("reprieve.admin.labels.Memo");
        assertThat(startupError("--reprieve.admin.role=ROLE_ADMIN")).contains("reprieve.admin.role");
        assertThat(startupError("--reprieve.admin.path=/")).contains("reprieve.admin.path");
        assertThat(startupError("--reprieve.admin.page-size=0")).contains("reprieve.admin.page-size");
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
