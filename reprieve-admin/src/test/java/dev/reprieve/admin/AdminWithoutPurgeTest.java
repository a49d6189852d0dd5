package dev.reprieve.admin;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.admin.app.AdminTestApp;
import dev.reprieve.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** An application without the starter's purge: the admin says so instead of pretending (a wiring rule, one database). */
@SpringBootTest(classes = AdminTestApp.class,
        properties = "spring.autoconfigure.exclude=dev.reprieve.spring.autoconfigure.ReprievePurgeAutoConfiguration")
@AutoConfigureMockMvc
class AdminWithoutPurgeTest {

    @Autowired MockMvc mvc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        AdminDatabases.use(TestDatabase.H2, registry);
    }

    @Test
    void purgeSaysItIsUnavailable() throws Exception {
        mvc.perform(post("/reprieve/api/purge").param("dryRun", "true").with(user("admin").roles("REPRIEVE_ADMIN")).with(csrf()))
                .andExpect(status().isNotImplemented()).andExpect(jsonPath("$.detail").value(containsString("not available")));
        mvc.perform(get("/reprieve/purge").with(user("admin").roles("REPRIEVE_ADMIN")))
                .andExpect(content().string(containsString("not available")));
    }
}
