package dev.reprieve.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.reprieve.admin.app.AdminTestApp;
import dev.reprieve.admin.app.Contact;
import dev.reprieve.admin.app.ContactRepository;
import dev.reprieve.admin.app.Doc;
import dev.reprieve.admin.app.DocRepository;
import dev.reprieve.admin.app.Folder;
import dev.reprieve.admin.app.FolderRepository;
import dev.reprieve.admin.app.Loan;
import dev.reprieve.admin.app.LoanRepository;
import dev.reprieve.admin.app.Memo;
import dev.reprieve.admin.app.MemoRepository;
import dev.reprieve.admin.app.MutableClock;
import dev.reprieve.admin.app.Remark;
import dev.reprieve.admin.app.RemarkRepository;
import dev.reprieve.admin.app.Ticket;
import dev.reprieve.admin.app.TicketRepository;
import dev.reprieve.admin.internal.history.DeletionHistory;
import dev.reprieve.admin.internal.history.HistoryPage;
import dev.reprieve.admin.internal.trash.RowRef;
import dev.reprieve.core.ParentDeletedException;
import dev.reprieve.core.spi.audit.AuditEvent;
import dev.reprieve.core.spi.audit.AuditQuery;
import dev.reprieve.hibernate.ReprieveRuntime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin trash on one database: security, listing, filters, paging, restore, erase and history. */
@SpringBootTest(classes = AdminTestApp.class)
@AutoConfigureMockMvc
abstract class AdminContract {

    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired MemoRepository memos;
    @Autowired ContactRepository contacts;
    @Autowired TicketRepository tickets;
    @Autowired MutableClock clock;
    @Autowired FolderRepository folders;
    @Autowired DocRepository docs;
    @Autowired RemarkRepository remarks;
    @Autowired LoanRepository loans;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired EntityManager entityManager;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired DeletionHistory history;

    final RequestPostProcessor admin = user("admin").roles("REPRIEVE_ADMIN");

    @BeforeEach
    void clean() {
        jdbc.update("update remark set parent_id = null");
        for (String table : List.of("memo", "contact", "ticket", "reprieve_audit", "remark", "loan", "doc", "folder")) {
            jdbc.update("delete from " + table);
        }
        clock.set(T0);
    }

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    /** Deletes as a logged-in user at a given time, the way the application would. */
    void deleteAs(String who, Instant at, Runnable delete) {
        clock.set(at);
        if (who != null) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, List.of()));
        }
        try {
            delete.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Restores through application code (a repository, the operations API) as a logged-in user at a given time. */
    void restoreAs(String who, Instant at, Runnable restore) {
        deleteAs(who, at, restore);
    }

    long auditRows(String action) {
        return jdbc.queryForObject("select count(*) from reprieve_audit where action = ?", Long.class, action);
    }

    long deletedMemo(String title, String who, Instant at) {
        Memo memo = memos.save(new Memo(title));
        deleteAs(who, at, () -> memos.deleteById(memo.getId()));
        return memo.getId();
    }

    // ---- security ------------------------------------------------------------------------------

    @Test
    void pagesSendStrangersToTheLoginPageAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/reprieve/trash")).andExpect(status().isFound()).andExpect(redirectedUrl("/reprieve/login"));
        mvc.perform(get("/reprieve/api/trash")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.detail").value(containsString("REPRIEVE_ADMIN")));
        mvc.perform(get("/reprieve/login")).andExpect(status().isOk()).andExpect(content().string(containsString("password")));
    }

    @Test
    void aUserWithoutTheRoleIsForbiddenEverywhere() throws Exception {
        long id = deletedMemo("secret", null, T0);
        mvc.perform(get("/reprieve/trash").with(user("user").roles("USER"))).andExpect(status().isForbidden());
        mvc.perform(get("/reprieve/api/trash").with(httpBasic("user", "user"))).andExpect(status().isForbidden());
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).with(httpBasic("user", "user")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reprieve/api/trash").with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
        assertThat(memos.findById(id)).isEmpty();
    }

    @Test
    void formPostsNeedTheCsrfTokenAndScriptsWithCredentialsDoNot() throws Exception {
        long id = deletedMemo("csrf", null, T0);
        mvc.perform(post("/reprieve/trash/Memo/{id}/restore", id).with(admin)).andExpect(status().isForbidden());
        // a browser's cross-site request carrying cached credentials still needs the token
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).with(httpBasic("admin", "admin"))
                .header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
        assertThat(memos.findById(id)).isEmpty();
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        assertThat(memos.findById(id)).isPresent();
    }

    @Test
    void theRestOfTheApplicationKeepsSpringBootsDefaultSecurity() throws Exception {
        mvc.perform(get("/anything-else")).andExpect(status().isUnauthorized());
    }

    @Test
    void typeNamesAndIdsAreCheckedBeforeAnyQuery() throws Exception {
        mvc.perform(get("/reprieve/api/trash").param("type", "memo; drop table memo").with(admin)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("known types: Contact, Doc, Folder, Loan, Memo, Remark, Ticket")));
        mvc.perform(post("/reprieve/api/trash/{type}/{id}/restore", "Memo", "1 or 1=1").with(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("not an id of Memo")));
        mvc.perform(get("/reprieve/api/trash").param("from", "yesterday").with(admin)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'from'")));
        mvc.perform(get("/reprieve/api/trash").param("size", "100000").with(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/reprieve/api/trash").param("cursor", "forged").with(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/reprieve/types/Nope").with(admin)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from memo", Long.class)).isZero();
    }

    // ---- listing and filters -------------------------------------------------------------------

    @Test
    void listsDeletedRowsOfEveryTypeWithLabelsNewestFirstAndNoAliveRow() throws Exception {
        memos.save(new Memo("still alive"));
        deletedMemo("buy milk", "alice", T0);
        Contact bob = contacts.save(new Contact("Bob"));
        deleteAs("bob", T0.plusSeconds(60), () -> contacts.delete(bob));
        Ticket ticket = tickets.save(new Ticket(3));
        deleteAs(null, T0.plusSeconds(120), () -> tickets.delete(ticket));

        mvc.perform(get("/reprieve/api/trash").with(admin))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.rows", hasSize(3)))
                .andExpect(jsonPath("$.rows[0].type").value("Ticket"))
                .andExpect(jsonPath("$.rows[0].label").value("Ticket #" + ticket.getId()))
                .andExpect(jsonPath("$.rows[0].deletedBy").doesNotExist())
                .andExpect(jsonPath("$.rows[1].label").value("Contact Bob"))
                .andExpect(jsonPath("$.rows[1].deletedBy").value("bob"))
                .andExpect(jsonPath("$.rows[2].label").value("buy milk"))
                .andExpect(jsonPath("$.rows[2].deletedAt").value("2026-03-01T12:00:00Z"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("still alive"))));
        mvc.perform(get("/reprieve/api/trash").param("sort", "oldest").with(admin))
                .andExpect(jsonPath("$.rows[0].label").value("buy milk"));
    }

    @Test
    void trashRowsCarryTheirDeletionReasonAndFilterByIt() throws Exception {
        Memo gdpr = memos.save(new Memo("old address"));
        deleteAs("alice", T0, () -> memos.deleteById(gdpr.getId(), "GDPR request <b>#42</b>"));
        Memo odd = memos.save(new Memo("odd one"));
        deleteAs("alice", T0.plusSeconds(30), () -> memos.deleteById(odd.getId(), "100% duplicate_"));
        long plain = deletedMemo("buy milk", "alice", T0.plusSeconds(60));
        Contact bob = contacts.save(new Contact("Bob"));
        // Contact has no reason column: the reason travels in events only, and the trash row has none
        deleteAs("bob", T0.plusSeconds(120), () -> contacts.deleteById(bob.getId(), "GDPR request"));

        mvc.perform(get("/reprieve/api/trash").with(admin))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.rows[0].type").value("Contact")).andExpect(jsonPath("$.rows[0].reason").doesNotExist())
                .andExpect(jsonPath("$.rows[1].id").value(String.valueOf(plain)))
                .andExpect(jsonPath("$.rows[1].reason").doesNotExist())
                .andExpect(jsonPath("$.rows[2].reason").value("100% duplicate_"))
                .andExpect(jsonPath("$.rows[3].reason").value("GDPR request <b>#42</b>"));
        // a substring, ignoring case, bound as a value (LIKE wildcards match themselves); Contact matches nothing
        mvc.perform(get("/reprieve/api/trash").param("reason", "gdpr").with(admin))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rows[0].label").value("old address"))
                .andExpect(jsonPath("$.totalByType.Contact").value(0));
        mvc.perform(get("/reprieve/api/trash").param("reason", "100%").with(admin))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rows[0].label").value("odd one"));
        mvc.perform(get("/reprieve/api/trash").param("reason", "%").with(admin)).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/reprieve/api/trash").param("reason", "_").with(admin)).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/reprieve/api/trash").param("reason", "' OR 1=1 --").with(admin)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/reprieve/api/trash").param("type", "Contact").param("reason", "GDPR").with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/reprieve/api/trash").param("reason", "  ").with(admin)).andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/reprieve/api/trash").param("reason", "x".repeat(1001)).with(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/reprieve/api/trash").param("reason", "a\u0000b").with(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/reprieve/trash").param("reason", "x".repeat(1001)).with(admin)).andExpect(status().isBadRequest());
        // the page shows the reason escaped, and filters the same way
        mvc.perform(get("/reprieve/trash").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("GDPR request &lt;b&gt;#42&lt;/b&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<b>#42"))));
        mvc.perform(get("/reprieve/trash").param("reason", "duplicate").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("100% duplicate_")))
                .andExpect(content().string(containsString("value=\"duplicate\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("buy milk"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("old address"))));
    }

    @Test
    void filtersByTypeTimeRangeDeleterAndText() throws Exception {
        deletedMemo("buy milk", "alice", T0);
        deletedMemo("call mom", "bob", T0.plusSeconds(3600));
        deletedMemo("100% done_", "alice", T0.plusSeconds(7200));
        Contact milkman = contacts.save(new Contact("The Milkman"));
        deleteAs("alice", T0.plusSeconds(10), () -> contacts.delete(milkman));

        mvc.perform(get("/reprieve/api/trash").param("type", "Contact").with(admin))
                .andExpect(jsonPath("$.rows", hasSize(1))).andExpect(jsonPath("$.rows[0].type").value("Contact"));
        mvc.perform(get("/reprieve/api/trash").param("deletedBy", "alice").with(admin)).andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/reprieve/api/trash").param("q", "MILK").with(admin))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.totalByType.Memo").value(1))
                .andExpect(jsonPath("$.totalByType.Contact").value(1));
        mvc.perform(get("/reprieve/api/trash").param("q", "100%").with(admin))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rows[0].label").value("100% done_"));
        mvc.perform(get("/reprieve/api/trash").param("q", "%").with(admin)).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/reprieve/api/trash").param("from", "2026-03-01T12:30:00Z").param("to", "2026-03-01T13:30:00Z").with(admin))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rows[0].label").value("call mom"));
        mvc.perform(get("/reprieve/api/trash").param("from", "2026-03-01").param("to", "2026-03-01").with(admin))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/reprieve/api/trash").param("to", "2026-02-28").with(admin)).andExpect(jsonPath("$.total").value(0));
        // the page renders the same filters
        mvc.perform(get("/reprieve/trash").param("deletedBy", "bob").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("call mom")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("buy milk"))));
    }

    @Test
    void cursorsWalkTheWholeTrashOnceEvenWithTiesOnTheDeletionTime() throws Exception {
        List<String> expected = new ArrayList<>();
        // one bulk delete: five memos share one deletion time; then contacts at other times
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(memos.save(new Memo("memo " + i)).getId());
        }
        deleteAs("alice", T0, () -> memos.deleteAllById(ids));
        for (int i = 0; i < 4; i++) {
            Contact c = contacts.save(new Contact("c" + i));
            deleteAs("bob", T0.plusSeconds(i % 2), () -> contacts.delete(c));
        }
        String all = mvc.perform(get("/reprieve/api/trash").param("size", "100").with(admin)).andReturn().getResponse().getContentAsString();
        expected.addAll(JsonPath.read(all, "$.rows[*].id"));
        assertThat(expected).hasSize(16);

        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = get("/reprieve/api/trash").param("size", "5").with(admin);
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            walked.addAll(JsonPath.read(body, "$.rows[*].id"));
            cursor = JsonPath.read(body, "$.nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(4);

        String second = mvc.perform(get("/reprieve/api/trash").param("size", "5").param("page", "1").with(admin))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(second, "$.rows[*].id")).containsExactlyElementsOf(expected.subList(5, 10));
    }

    // ---- restore -------------------------------------------------------------------------------

    @Test
    void restoresOneRowReportsItAndRecordsItInTheHistory() throws Exception {
        long id = deletedMemo("buy milk", "alice", T0);
        clock.set(T0.plusSeconds(600));
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).with(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action").value("restored"))
                .andExpect(jsonPath("$.rowsByType.Memo").value(1))
                .andExpect(jsonPath("$.message").value(containsString("buy milk")));
        assertThat(memos.findById(id)).isPresent();
        mvc.perform(get("/reprieve/api/trash").with(admin)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/reprieve/api/history").with(admin))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].action").value("RESTORED")).andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].at").value("2026-03-01T12:10:00Z"))
                .andExpect(jsonPath("$[1].action").value("DELETED")).andExpect(jsonPath("$[1].actor").value("alice"))
                .andExpect(jsonPath("$[1].at").value("2026-03-01T12:00:00Z"));
        mvc.perform(get("/reprieve/api/history").param("action", "restored").with(admin)).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/reprieve/api/history").param("actor", "alice").with(admin)).andExpect(jsonPath("$", hasSize(1)));
        // restoring it again: it is alive, nothing to do
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).with(admin).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("alive")));
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", 999999).with(admin).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void restoringSelectedRowsBringsBackEveryRowThatCanComeBackAndListsTheOthersWithTheReason() throws Exception {
        long a = deletedMemo("a", null, T0);
        long b = deletedMemo("b", null, T0);
        long alive = memos.save(new Memo("alive")).getId();
        mvc.perform(post("/reprieve/trash/restore").param("rows", "Memo:" + a, "Memo:" + alive, "Memo:" + b).with(admin).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("message", containsString("2 rows back")))
                .andExpect(flash().attribute("error", containsString("Not restored: Memo #" + alive + " (")))
                .andExpect(flash().attribute("error", containsString("alive")));
        assertThat(memos.findAllById(List.of(a, b))).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from reprieve_audit where action = 'RESTORED'", Long.class)).isEqualTo(2);
        // nothing left to restore: the page says so, naming every row
        mvc.perform(post("/reprieve/trash/restore").param("rows", "Memo:" + a, "Memo:" + b).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/reprieve/trash")).andExpect(flash().attribute("error", containsString("Nothing was restored")))
                .andExpect(flash().attribute("error", containsString("Memo #" + a)))
                .andExpect(flash().attribute("error", containsString("Memo #" + b)));
        assertThat(jdbc.queryForObject("select count(*) from reprieve_audit where action = 'RESTORED'", Long.class)).isEqualTo(2);
    }

    @Test
    void theApiRestoresSelectedRowsTheSameWayAndAnswers409WhenNoneCameBack() throws Exception {
        long a = deletedMemo("a", null, T0);
        long alive = memos.save(new Memo("alive")).getId();
        mvc.perform(post("/reprieve/api/trash/restore").contentType("application/json")
                        .content("[\"Memo:" + a + "\", \"Memo:" + alive + "\"]").with(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsByType.Memo").value(1))
                .andExpect(jsonPath("$.refused", hasSize(1))).andExpect(jsonPath("$.refused[0].row").value("Memo #" + alive))
                .andExpect(jsonPath("$.refused[0].reason").value(containsString("alive")));
        assertThat(memos.findById(a)).isPresent();
        mvc.perform(post("/reprieve/api/trash/restore").contentType("application/json")
                        .content("[\"Memo:" + a + "\", \"Memo:" + alive + "\"]").with(admin).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.refused", hasSize(2)));
    }

    @Test
    void aGroupDeletedTogetherIsShownAndRestoredTogether() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String t : List.of("x", "y", "z")) {
            ids.add(memos.save(new Memo(t)).getId());
        }
        deleteAs("alice", T0, () -> memos.deleteAllById(ids));
        long other = deletedMemo("other", "alice", T0.plusSeconds(5));
        String body = mvc.perform(get("/reprieve/api/trash").param("q", "x").with(admin)).andReturn().getResponse().getContentAsString();
        String group = JsonPath.read(body, "$.rows[0].deletionId");
        assertThat((Integer) JsonPath.read(body, "$.rows[0].group.Memo")).isEqualTo(3);
        mvc.perform(get("/reprieve/groups/{g}", group).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Restore the whole group (3 rows)")));
        mvc.perform(post("/reprieve/api/groups/{g}/restore", group).with(admin).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsByType.Memo").value(3));
        assertThat(memos.findAllById(ids)).hasSize(3);
        assertThat(memos.findById(other)).isEmpty();
    }

    // ---- erase ---------------------------------------------------------------------------------

    @Test
    void theErasurePageShowsTheDryRunsCountsAndErasesAliveAndTrashedRowsOnlyWhenConfirmed() throws Exception {
        long trashed = deletedMemo("subject trashed", "alice", T0);
        long alive = memos.save(new Memo("subject alive")).getId();
        long other = memos.save(new Memo("someone else")).getId();
        String ids = trashed + ", " + alive;

        mvc.perform(get("/reprieve/erasure").param("type", "Memo").param("ids", ids).with(user("user").roles("USER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reprieve/erasure").param("type", "Memo").param("ids", ids).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Erase 2 rows now")));
        assertThat(jdbc.queryForObject("select count(*) from memo", Long.class)).as("a dry run").isEqualTo(3);

        mvc.perform(post("/reprieve/erasure").param("type", "Memo").param("ids", ids).param("expectedTotal", "2")
                .with(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/reprieve/erasure").param("type", "Memo").param("ids", ids).param("expectedTotal", "5")
                        .with(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("changed since the dry run")));
        assertThat(jdbc.queryForObject("select count(*) from memo", Long.class)).isEqualTo(3);

        mvc.perform(post("/reprieve/erasure").param("type", "Memo").param("ids", ids).param("expectedTotal", "2")
                        .with(admin).with(csrf()))
                .andExpect(flash().attribute("message", containsString("Erased 2 rows")));
        assertThat(jdbc.queryForList("select id from memo", Long.class)).containsExactly(other);

        mvc.perform(get("/reprieve/erasure").param("type", "Nope").param("ids", "1").with(admin))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Unknown soft-deletable type")));
    }

    @Test
    void eraseShowsItsImpactAndRemovesExactlyThatOnlyWhenConfirmed() throws Exception {
        long id = deletedMemo("erase me", "alice", T0);
        long keep = deletedMemo("keep me", "alice", T0);
        String impact = mvc.perform(get("/reprieve/api/trash/Memo/{id}/impact", id).with(admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.erased.Memo").value(1))
                .andExpect(jsonPath("$.shown.Memo[0].label").value("erase me"))
                .andExpect(jsonPath("$.blocks", hasSize(0))).andReturn().getResponse().getContentAsString();
        assertThat(jdbc.queryForObject("select count(*) from memo", Long.class)).isEqualTo(2);
        mvc.perform(get("/reprieve/trash/Memo/{id}/erase", id).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("erase me"))).andExpect(content().string(containsString("Erase 1 row for good")));

        mvc.perform(post("/reprieve/trash/Memo/{id}/erase", id).param("fingerprint", "stale").with(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("changed since it was confirmed")));
        assertThat(jdbc.queryForObject("select count(*) from memo where id = ?", Long.class, id)).isEqualTo(1);

        String fingerprint = JsonPath.read(impact, "$.fingerprint");
        mvc.perform(post("/reprieve/trash/Memo/{id}/erase", id).param("fingerprint", fingerprint).with(admin).with(csrf()))
                .andExpect(flash().attribute("message", containsString("Erased Memo #" + id)));
        assertThat(jdbc.queryForObject("select count(*) from memo where id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from memo where id = ?", Long.class, keep)).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").param("action", "erased").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].label").value("erase me"));
    }

    @Test
    void aliveRowsAreNeverErasedFromTheTrash() throws Exception {
        long alive = memos.save(new Memo("alive")).getId();
        mvc.perform(delete("/reprieve/api/trash/Memo/{id}", alive).with(admin).with(csrf())).andExpect(status().isConflict());
        mvc.perform(get("/reprieve/api/trash/Memo/{id}/impact", alive).with(admin)).andExpect(status().isConflict());
        mvc.perform(delete("/reprieve/api/trash/Memo/{id}", 424242).with(admin).with(csrf())).andExpect(status().isNotFound());
        assertThat(memos.findById(alive)).isPresent();
        long deleted = deletedMemo("gone", null, T0);
        mvc.perform(delete("/reprieve/api/trash/Memo/{id}", deleted).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsByType.Memo").value(1));
        assertThat(jdbc.queryForObject("select count(*) from memo where id = ?", Long.class, deleted)).isZero();
    }

    // ---- other pages ---------------------------------------------------------------------------

    @Test
    void theBrowsePageHidesDeletedRowsUntilAskedAndMarksThem() throws Exception {
        memos.save(new Memo("visible"));
        deletedMemo("in the bin", null, T0);
        mvc.perform(get("/reprieve/types/Memo").with(admin)).andExpect(content().string(containsString("visible")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("in the bin"))));
        mvc.perform(get("/reprieve/types/Memo").param("showDeleted", "true").with(admin))
                .andExpect(content().string(containsString("in the bin")))
                .andExpect(content().string(containsString("class=\"deleted\"")));
        assertThat(memos.findAll()).hasSize(1);
    }

    @Test
    void purgeExpiredNowRunsInTheBackgroundReportsProgressAndErasesOnlyExpiredRows() throws Exception {
        Ticket old = tickets.save(new Ticket(1));
        Ticket recent = tickets.save(new Ticket(2));
        deleteAs("alice", T0.minus(java.time.Duration.ofDays(40)), () -> tickets.delete(old));
        deleteAs("alice", T0.minus(java.time.Duration.ofDays(1)), () -> tickets.delete(recent));
        clock.set(T0);
        mvc.perform(post("/reprieve/api/purge").param("dryRun", "true").with(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.types[?(@.entityName == 'Ticket')].expired").value(org.hamcrest.Matchers.contains(1)));
        assertThat(jdbc.queryForObject("select count(*) from ticket", Long.class)).isEqualTo(2);
        mvc.perform(get("/reprieve/purge").param("dryRun", "true").with(admin)).andExpect(content().string(containsString("Dry run")))
                // the oldest deletion is shown like every other time of the admin
                .andExpect(content().string(containsString("2026-01-20 12:00:00 UTC")));
        // "Purge expired now" on the page first shows what would go and asks; a post without that answer purges nothing
        mvc.perform(post("/reprieve/purge").with(admin).with(csrf())).andExpect(redirectedUrl("/reprieve/purge?confirm=true"));
        mvc.perform(get("/reprieve/purge").param("confirm", "true").with(admin))
                .andExpect(content().string(containsString("1 expired row"))).andExpect(content().string(containsString("Purge 1 row now")));
        assertThat(jdbc.queryForObject("select count(*) from ticket", Long.class)).isEqualTo(2);

        mvc.perform(post("/reprieve/api/purge").param("dryRun", "false").with(admin).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.dryRun").value(false));
        String status = awaitPurge();
        assertThat((List<Integer>) JsonPath.read(status, "$.types[?(@.entityName == 'Ticket')].expired")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(status, "$.types[?(@.entityName == 'Ticket')].done")).containsExactly(1);
        assertThat((Object) JsonPath.read(status, "$.error")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from ticket where id = ?", Long.class, old.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ticket where id = ?", Long.class, recent.getId())).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").param("action", "purged").with(admin))
                .andExpect(jsonPath("$[0].entityName").value("Ticket")).andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].label").value("1 expired row"));
        mvc.perform(get("/reprieve/history").param("action", "purged").with(admin))
                .andExpect(content().string(containsString("1 expired row")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("#null"))));
        mvc.perform(get("/reprieve/purge").with(admin)).andExpect(content().string(containsString("Last purge")))
                .andExpect(content().string(containsString("1 of 1 rows")));
    }

    /** Polls the purge's progress until it is done; the purge runs on its own thread. */
    String awaitPurge() throws Exception {
        for (int i = 0; i < 600; i++) {
            String body = mvc.perform(get("/reprieve/api/purge").with(admin)).andReturn().getResponse().getContentAsString();
            if (!body.isEmpty() && !(Boolean) JsonPath.read(body, "$.running")) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the purge did not finish");
    }

    @Test
    void theTrashPageShowsRowsGroupsAndActions() throws Exception {
        deletedMemo("buy milk", "alice", T0);
        mvc.perform(get("/reprieve").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("buy milk")))
                .andExpect(content().string(containsString("Restore selected")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    // ---- cascade groups ------------------------------------------------------------------------

    /** A folder with two docs; the first has a remark with a reply, the second a remark. */
    record Tree(long folder, long docA, long docB, long remark, long reply, long other) {
    }

    Tree tree() {
        Folder folder = folders.save(new Folder("reports"));
        Doc a = docs.save(new Doc(folder, "Q1"));
        Doc b = docs.save(new Doc(folder, "Q2"));
        Remark remark = remarks.save(new Remark(a, null, "looks good"));
        Remark reply = remarks.save(new Remark(a, remark, "thanks"));
        Remark other = remarks.save(new Remark(b, null, "typo on page 2"));
        return new Tree(folder.getId(), a.getId(), b.getId(), remark.getId(), reply.getId(), other.getId());
    }

    long deletedRows() {
        long n = 0;
        for (String table : List.of("folder", "doc", "remark")) {
            n += jdbc.queryForObject("select count(*) from " + table + " where deleted_at is not null", Long.class);
        }
        return n;
    }

    String deletionIdOf(String type, long id) throws Exception {
        String body = mvc.perform(get("/reprieve/api/trash").param("type", type).param("q", String.valueOf(id)).with(admin))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.rows[0].deletionId");
    }

    @Test
    void aCascadeGroupIsShownWithItsRowsAndRestoredWholeWhileAMemberAloneIsRefused() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        assertThat(deletedRows()).isEqualTo(6);
        mvc.perform(get("/reprieve/api/trash").param("type", "Folder").with(admin))
                .andExpect(jsonPath("$.rows[0].group.Folder").value(1)).andExpect(jsonPath("$.rows[0].group.Doc").value(2))
                .andExpect(jsonPath("$.rows[0].group.Remark").value(3));
        mvc.perform(get("/reprieve/trash").param("type", "Folder").with(admin))
                .andExpect(content().string(containsString("with 5 others: Doc 2, Remark 3")));

        mvc.perform(post("/reprieve/api/trash/Remark/{id}/restore", t.reply()).with(admin).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("still deleted")));
        assertThat(deletedRows()).isEqualTo(6);

        mvc.perform(post("/reprieve/api/groups/{g}/restore", deletionIdOf("Remark", t.reply())).with(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsByType.Remark").value(3))
                .andExpect(jsonPath("$.rowsByType.Doc").value(2));
        assertThat(deletedRows()).isZero();
    }

    @Test
    void aRowRefusedForItsDeletedParentIsOfferedTheRestoreWithItsParentsOnThePage() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        RowRef reply = new RowRef("Remark", String.valueOf(t.reply()));

        mvc.perform(post("/reprieve/trash/Remark/{id}/restore", t.reply()).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", containsString("still deleted")))
                .andExpect(flash().attribute("restoreWithParents", reply));
        assertThat(deletedRows()).isEqualTo(6);
        mvc.perform(get("/reprieve/trash").flashAttr("error", "refused").flashAttr("restoreWithParents", reply).with(admin))
                .andExpect(content().string(containsString("id=\"restore-with-parents\"")))
                .andExpect(content().string(containsString("/reprieve/trash/Remark/" + t.reply() + "/restore")))
                .andExpect(content().string(containsString("name=\"withParents\" value=\"true\"")));

        mvc.perform(post("/reprieve/trash/Remark/{id}/restore", t.reply()).param("withParents", "true").with(admin)
                        .with(csrf()))
                .andExpect(flash().attribute("message", containsString("back")));
        assertThat(remarks.findById(t.reply())).isPresent();
        assertThat(remarks.findById(t.remark())).isPresent();
        assertThat(folders.findById(t.folder())).isPresent();
    }

    @Test
    void restoringARootBringsBackExactlyItsGroupAndNotWhatWasDeletedBefore() throws Exception {
        Tree t = tree();
        deleteAs("bob", T0, () -> remarks.deleteById(t.other()));
        deleteAs("alice", T0.plusSeconds(60), () -> folders.deleteById(t.folder()));
        mvc.perform(post("/reprieve/api/trash/Folder/{id}/restore", t.folder()).with(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsByType.Remark").value(2))
                .andExpect(jsonPath("$.message").value(containsString("5 rows back")));
        assertThat(remarks.findById(t.reply())).isPresent();
        assertThat(remarks.findById(t.other())).isEmpty();
        mvc.perform(get("/reprieve/api/trash").with(admin)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[0].deletedBy").value("bob"));
    }

    @Test
    void selectedRowsComeBackParentsFirstWhateverTheOrderTheyWereTicked() throws Exception {
        Tree t = tree();
        deleteAs(null, T0, () -> remarks.deleteById(t.reply()));
        deleteAs(null, T0.plusSeconds(1), () -> remarks.deleteById(t.remark()));
        mvc.perform(post("/reprieve/trash/restore").param("rows", "Remark:" + t.reply(), "Remark:" + t.remark()).with(admin).with(csrf()))
                .andExpect(flash().attribute("message", containsString("2 rows back")));
        assertThat(remarks.findAllById(List.of(t.reply(), t.remark()))).hasSize(2);
    }

    @Test
    void erasingAFolderListsItsWholeTreeThenErasesExactlyThat() throws Exception {
        Tree t = tree();
        Folder keep = folders.save(new Folder("keep"));
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        deleteAs("alice", T0, () -> folders.deleteById(keep.getId()));
        String impact = mvc.perform(get("/reprieve/api/trash/Folder/{id}/impact", t.folder()).with(admin))
                .andExpect(jsonPath("$.erased.Folder").value(1)).andExpect(jsonPath("$.erased.Doc").value(2))
                .andExpect(jsonPath("$.erased.Remark").value(3)).andExpect(jsonPath("$.blocks", hasSize(0)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(impact, "$.shown.Remark[*].label"))
                .containsExactlyInAnyOrder("Remark looks good", "Remark thanks", "Remark typo on page 2");
        mvc.perform(get("/reprieve/trash/Folder/{id}/erase", t.folder()).with(admin))
                .andExpect(content().string(containsString("Doc Q2"))).andExpect(content().string(containsString("Remark thanks")))
                .andExpect(content().string(containsString("Erase 6 rows for good")));
        assertThat(deletedRows()).isEqualTo(7);

        List<dev.reprieve.core.event.ReprieveEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        dev.reprieve.core.event.ReprieveListener listener = new dev.reprieve.core.event.ReprieveListener() {
            @Override
            public void on(dev.reprieve.core.event.ReprieveEvent event) {
                heard.add(event);
            }
        };
        var runtime = dev.reprieve.hibernate.ReprieveRuntime.of(entityManagerFactory.unwrap(org.hibernate.SessionFactory.class));
        runtime.addListener(listener);
        try {
            mvc.perform(delete("/reprieve/api/trash/Folder/{id}", t.folder()).param("fingerprint", (String) JsonPath.read(impact, "$.fingerprint"))
                            .with(admin).with(csrf()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.rowsByType.Remark").value(3));
        } finally {
            runtime.removeListener(listener);
        }
        assertThat(heard).singleElement().isInstanceOfSatisfying(dev.reprieve.core.event.Erased.class, e -> {
            assertThat(e.entityName()).isEqualTo("Folder");
            assertThat(e.ids().ids()).containsExactly(t.folder());
            assertThat(e.rows()).containsExactly(java.util.Map.entry("Doc", 2L), java.util.Map.entry("Folder", 1L),
                    java.util.Map.entry("Remark", 3L));
        });
        assertThat(jdbc.queryForObject("select count(*) from remark", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from doc", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from folder", Long.class)).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").param("action", "erased").with(admin))
                .andExpect(jsonPath("$[0].detail").value("with 5 dependent rows (Doc 2, Remark 3)"));
    }

    @Test
    void anEraseThatWouldLeaveAReferenceDanglingIsRefusedAndErasesNothing() throws Exception {
        Tree t = tree();
        Loan loan = loans.save(new Loan(docs.findById(t.docB()).orElseThrow(), "carol"));
        deleteAs(null, T0, () -> loans.delete(loan));
        deleteAs(null, T0.plusSeconds(1), () -> docs.deleteById(t.docB()));
        mvc.perform(get("/reprieve/api/trash/Doc/{id}/impact", t.docB()).with(admin))
                .andExpect(jsonPath("$.blocks[0]").value(containsString("Loan.doc")));
        mvc.perform(get("/reprieve/trash/Doc/{id}/erase", t.docB()).with(admin))
                .andExpect(content().string(containsString("cannot go ahead")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("confirm-erase"))));
        mvc.perform(delete("/reprieve/api/trash/Doc/{id}", t.docB()).with(admin).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("Nothing was erased")));
        assertThat(jdbc.queryForObject("select count(*) from doc where id = ?", Long.class, t.docB())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from remark where id = ?", Long.class, t.other())).isEqualTo(1);
    }

    @Test
    void aRestoreThatWouldDuplicateAUniqueValueIsRefusedWithTheHolderNamedWhileTheOtherSelectedRowsComeBack() throws Exception {
        Contact old = contacts.save(new Contact("Dana"));
        deleteAs(null, T0, () -> contacts.delete(old));
        long fine = deletedMemo("fine", null, T0);
        Contact holder = contacts.save(new Contact("Dana"));
        mvc.perform(post("/reprieve/api/trash/Contact/{id}/restore", old.getId()).with(admin).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("Dana")));
        // the refused restore wrote nothing: the history holds the two deletes only, one entry each
        assertThat(jdbc.queryForObject("select count(*) from reprieve_audit where action <> 'DELETED'", Long.class)).isZero();
        assertThat(auditRows("DELETED")).isEqualTo(2);
        mvc.perform(post("/reprieve/trash/restore").param("rows", "Memo:" + fine, "Contact:" + old.getId()).with(admin).with(csrf()))
                .andExpect(flash().attribute("message", containsString("Restored Memo #" + fine)))
                .andExpect(flash().attribute("error", containsString("Not restored: Contact #" + old.getId())))
                .andExpect(flash().attribute("error", containsString("Dana")));
        assertThat(memos.findById(fine)).isPresent();
        assertThat(contacts.findById(old.getId())).isEmpty();
        assertThat(contacts.findById(holder.getId())).isPresent();
        // the refused restore left no entry (the contact has its delete's only); the memo's restore wrote its own
        assertThat(jdbc.queryForObject("select count(*) from reprieve_audit where entity_type = 'Contact'"
                + " and action <> 'DELETED'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reprieve_audit where entity_type = 'Contact'", Long.class))
                .isEqualTo(1);
        assertThat(auditRows("RESTORED")).isEqualTo(1);
    }

    @Test
    void aGroupRestoreFindsItsRootEvenWhenItsChildrenOutnumberAPage() throws Exception {
        Folder folder = folders.save(new Folder("big"));
        List<Doc> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(new Doc(folder, "doc " + i));
        }
        docs.saveAll(many);
        deleteAs(null, T0, () -> folders.deleteById(folder.getId()));
        String group = deletionIdOf("Folder", folder.getId());
        mvc.perform(post("/reprieve/api/groups/{g}/restore", group).with(admin).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rowsByType.Doc").value(501))
                .andExpect(jsonPath("$.rowsByType.Folder").value(1));
        assertThat(docs.count()).isEqualTo(501);
    }

    // ---- history paging ------------------------------------------------------------------------

    @Test
    void theHistoryPagesThroughEveryEventOnceInOrderEvenWhereManyShareOneTime() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder())); // six rows at one time
        for (int i = 0; i < 5; i++) {
            deletedMemo("m" + i, "bob", T0); // five more at that same time
        }
        long back = deletedMemo("back", "bob", T0.minusSeconds(30));
        restoreAs("carol", T0, () -> memos.restore(back)); // audit entries at that time too
        deletedMemo("older", "dave", T0.minusSeconds(60));
        List<AuditEvent> all = history.find(new AuditQuery(null, null, null, null, null, 100));
        // one entry per operation: the folder's delete (six rows), five memo deletes, the delete and restore of
        // "back", the delete of "older"
        assertThat(all).hasSize(9);

        for (int size : List.of(1, 3, 4, 8, 9)) {
            List<AuditEvent> walked = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                HistoryPage page = history.page(new AuditQuery(null, null, null, null, null, size), cursor);
                assertThat(page.events().size()).isLessThanOrEqualTo(size);
                walked.addAll(page.events());
                cursor = page.nextCursor();
                assertThat(++pages).isLessThan(20);
            } while (cursor != null);
            assertThat(walked).as("pages of %d", size).containsExactlyElementsOf(all);
        }
        // a filter holds on every page
        HistoryPage first = history.page(new AuditQuery(null, null, "bob", null, null, 3), null);
        HistoryPage second = history.page(new AuditQuery(null, null, "bob", null, null, 3), first.nextCursor());
        assertThat(first.events()).extracting(AuditEvent::actor).containsOnly("bob");
        assertThat(second.events()).extracting(AuditEvent::actor).containsOnly("bob");
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void theHistoryPageLinksToOlderEventsAndRefusesAForeignCursor() throws Exception {
        for (int i = 0; i < 101; i++) {
            deletedMemo("memo " + i, "bob", T0.plusSeconds(i));
        }
        String body = mvc.perform(get("/reprieve/history").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("memo 100"))).andExpect(content().string(containsString("id=\"history-next\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("memo 0 #");
        String next = org.springframework.web.util.HtmlUtils.htmlUnescape(
                body.replaceFirst("(?s).*id=\"history-next\" href=\"([^\"]+)\".*", "$1"));
        mvc.perform(get(next).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("memo 0 #"))).andExpect(content().string(containsString("history-first")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("history-next"))));
        mvc.perform(get("/reprieve/history").param("cursor", "not-a-cursor").with(admin)).andExpect(status().isBadRequest());
    }

    // ---- restores by application code ----------------------------------------------------------

    @Test
    void aRestoreThroughARepositoryShowsInTheHistoryOnceWithWhoWhenAndItsGroup() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        String group = deletionIdOf("Folder", t.folder());
        restoreAs("bob", T0.plusSeconds(600), () -> folders.restore(t.folder()));
        assertThat(deletedRows()).isZero();
        mvc.perform(get("/reprieve/api/history").with(admin))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].action").value("RESTORED")).andExpect(jsonPath("$[0].actor").value("bob"))
                .andExpect(jsonPath("$[0].at").value("2026-03-01T12:10:00Z"))
                .andExpect(jsonPath("$[0].entityName").value("Folder"))
                .andExpect(jsonPath("$[0].rowId").value(String.valueOf(t.folder())))
                .andExpect(jsonPath("$[0].label").value("Folder reports"))
                .andExpect(jsonPath("$[0].deletionId").value(group))
                .andExpect(jsonPath("$[0].detail").value("with 5 other rows of its group (Doc 2, Remark 3)"))
                // the deletion it undid, which the rows no longer tell
                .andExpect(jsonPath("$[1].action").value("DELETED")).andExpect(jsonPath("$[1].actor").value("alice"))
                .andExpect(jsonPath("$[1].at").value("2026-03-01T12:00:00Z"))
                .andExpect(jsonPath("$[1].entityName").value("Folder"));
        mvc.perform(get("/reprieve/history").param("action", "restored").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Folder reports")))
                .andExpect(content().string(containsString("bob")));
        assertThat(auditRows("RESTORED")).isEqualTo(1);
    }

    @Test
    void aRestoreWithParentsThroughARepositoryNamesTheAskedRowAndCountsEverythingThatCameBack() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        restoreAs("carol", T0.plusSeconds(60), () -> remarks.restoreWithParents(t.reply()));
        assertThat(deletedRows()).isZero();
        mvc.perform(get("/reprieve/api/history").param("action", "restored").with(admin))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].actor").value("carol")).andExpect(jsonPath("$[0].entityName").value("Remark"))
                .andExpect(jsonPath("$[0].rowId").value(String.valueOf(t.reply())))
                .andExpect(jsonPath("$[0].label").value("Remark thanks"))
                .andExpect(jsonPath("$[0].detail").value("with 5 other rows of its group (Doc 2, Folder 1, Remark 2)"));
    }

    @Test
    void aRestoreThroughTheOperationsApiShowsInTheHistoryToo() throws Exception {
        long id = deletedMemo("buy milk", "alice", T0);
        restoreAs("dave", T0.plusSeconds(5), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                ReprieveRuntime.of(entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)).operations()
                        .restore(entityManager.unwrap(Session.class), Memo.class, id)));
        assertThat(memos.findById(id)).isPresent();
        mvc.perform(get("/reprieve/api/history").with(admin))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].action").value("RESTORED")).andExpect(jsonPath("$[0].actor").value("dave"))
                .andExpect(jsonPath("$[0].label").value("buy milk")).andExpect(jsonPath("$[0].detail").doesNotExist())
                .andExpect(jsonPath("$[1].action").value("DELETED")).andExpect(jsonPath("$[1].actor").value("alice"));
    }

    @Test
    void aRestoreByNobodyKnownIsRecordedWithoutAnActor() throws Exception {
        long id = deletedMemo("anonymous", "alice", T0);
        restoreAs(null, T0.plusSeconds(5), () -> memos.restore(id));
        mvc.perform(get("/reprieve/api/history").param("action", "restored").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].actor").doesNotExist())
                .andExpect(jsonPath("$[0].label").value("anonymous"));
    }

    @Test
    void aGroupRestoreThroughTheAdminIsRecordedOnceInTheAdminsName() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        clock.set(T0.plusSeconds(60));
        mvc.perform(post("/reprieve/api/groups/{g}/restore", deletionIdOf("Remark", t.reply())).with(admin).with(csrf()))
                .andExpect(status().isOk());
        assertThat(auditRows("RESTORED")).isEqualTo(1);
        assertThat(auditRows("DELETED")).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").param("action", "restored").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].entityName").value("Folder"))
                .andExpect(jsonPath("$[0].detail").value("with 5 other rows of its group (Doc 2, Remark 3)"));
    }

    @Test
    void aRefusedRestoreAndARolledBackRestoreLeaveNoHistory() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        assertThatThrownBy(() -> restoreAs("bob", T0.plusSeconds(5), () -> docs.restore(t.docA())))
                .isInstanceOf(DataIntegrityViolationException.class).hasCauseInstanceOf(ParentDeletedException.class);
        restoreAs("bob", T0.plusSeconds(10), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            folders.restore(t.folder());
            status.setRollbackOnly();
        }));
        assertThat(deletedRows()).isEqualTo(6);
        // neither restore wrote anything: the history holds the delete only, one entry for its six rows
        assertThat(jdbc.queryForObject("select count(*) from reprieve_audit where action <> 'DELETED'", Long.class)).isZero();
        assertThat(auditRows("DELETED")).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").param("action", "restored").with(admin)).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/reprieve/api/history").param("type", "Folder").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].action").value("DELETED"))
                .andExpect(jsonPath("$[0].actor").value("alice"));
    }

    // ---- the history as the one writer, fed by events -------------------------------------------

    @Test
    void anApplicationDeleteIsOneHistoryEntryWithItsCountsPerTypeAndReasonFilterable() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder(), "quarterly cleanup"));
        assertThat(auditRows("DELETED")).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").with(admin))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].action").value("DELETED")).andExpect(jsonPath("$[0].actor").value("alice"))
                .andExpect(jsonPath("$[0].entityName").value("Folder"))
                .andExpect(jsonPath("$[0].rowId").value(String.valueOf(t.folder())))
                .andExpect(jsonPath("$[0].label").value("Folder reports"))
                .andExpect(jsonPath("$[0].deletionId").value(deletionIdOf("Folder", t.folder())))
                .andExpect(jsonPath("$[0].detail").value("with 5 other rows of its group (Doc 2, Remark 3)"))
                .andExpect(jsonPath("$[0].reason").value("quarterly cleanup"));
        mvc.perform(get("/reprieve/api/history").param("reason", "quarterly").with(admin)).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/reprieve/api/history").param("reason", "100%").with(admin)).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/reprieve/api/history").param("reason", "x".repeat(1001)).with(admin)).andExpect(status().isBadRequest());
        mvc.perform(get("/reprieve/history").param("reason", "cleanup").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("quarterly cleanup")));
    }

    @Test
    void aDeleteOfManyRowsIsOneEntryCountingThem() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String title : List.of("a", "b", "c")) {
            ids.add(memos.save(new Memo(title)).getId());
        }
        deleteAs("bob", T0, () -> memos.deleteAllById(ids));
        mvc.perform(get("/reprieve/api/history").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].rowId").doesNotExist())
                .andExpect(jsonPath("$[0].detail").value("3 rows (Memo 3)")).andExpect(jsonPath("$[0].actor").value("bob"));
    }

    @Test
    void anAdminRestoreWithAReasonIsOneEntryInTheAdminsNameWithThatReason() throws Exception {
        long id = deletedMemo("buy milk", "alice", T0);
        clock.set(T0.plusSeconds(60));
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).param("reason", " deleted by mistake ")
                .with(admin).with(csrf())).andExpect(status().isOk());
        assertThat(auditRows("RESTORED")).isEqualTo(1);
        assertThat(auditRows("DELETED")).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").param("action", "restored").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].reason").value("deleted by mistake"))
                .andExpect(jsonPath("$[0].at").value("2026-03-01T12:01:00Z"));
        mvc.perform(post("/reprieve/api/trash/Memo/{id}/restore", id).param("reason", "x".repeat(1001))
                .with(admin).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void anApplicationRestoreWithAReasonAndAnApplicationEraseAreOneEntryEach() throws Exception {
        Tree t = tree();
        deleteAs("alice", T0, () -> folders.deleteById(t.folder()));
        restoreAs("bob", T0.plusSeconds(60), () -> folders.restore(t.folder(), "still needed"));
        mvc.perform(get("/reprieve/api/history").param("action", "restored").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].actor").value("bob"))
                .andExpect(jsonPath("$[0].reason").value("still needed"));
        deleteAs("alice", T0.plusSeconds(120), () -> folders.deleteById(t.folder()));
        deleteAs("carol", T0.plusSeconds(180), () -> folders.hardDeleteById(t.folder()));
        assertThat(auditRows("ERASED")).isEqualTo(1);
        mvc.perform(get("/reprieve/api/history").param("action", "erased").with(admin))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].actor").value("carol"))
                .andExpect(jsonPath("$[0].rowId").value(String.valueOf(t.folder())))
                // ids and counts only: an erase by application code stores none of the erased values
                .andExpect(jsonPath("$[0].label").doesNotExist())
                .andExpect(jsonPath("$[0].detail").value("with 5 dependent rows (Doc 2, Remark 3)"));
        assertThat(auditRows("DELETED")).isEqualTo(2);
    }
}

