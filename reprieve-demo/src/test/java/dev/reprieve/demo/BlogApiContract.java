package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.demo.blog.BlogReads;
import dev.reprieve.demo.blog.BlogReads.CommentNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Author → Article → Comment API and pages, cascade, preview and exact restore, on one database. */
abstract class BlogApiContract extends DemoContract {

    @Autowired BlogReads reads;

    long author(String name) throws Exception {
        return created("/api/authors", "{\"name\":\"" + name + "\"}");
    }

    long article(long author, String title) throws Exception {
        return created("/api/authors/{id}/articles", "{\"title\":\"" + title + "\",\"content\":\"text of " + title + "\"}", author);
    }

    long comment(long article, String text) throws Exception {
        return created("/api/articles/{id}/comments", "{\"text\":\"" + text + "\"}", article);
    }

    long reply(long article, long parent, String text) throws Exception {
        return created("/api/articles/{id}/comments", "{\"text\":\"" + text + "\",\"parentId\":" + parent + "}", article);
    }

    /** An author with two articles: the first with a three-deep thread (3 comments), the second with 3 more. */
    record Blog(long author, long article1, long article2, long c1, long c1reply, long c1replyReply, long c2, long c3, long c4) {
    }

    Blog blog(String name) throws Exception {
        long a = author(name);
        long art1 = article(a, name + "'s first");
        long art2 = article(a, name + "'s second");
        long c1 = comment(art1, "first!");
        long c1r = reply(art1, c1, "reply to first");
        long c1rr = reply(art1, c1r, "reply to the reply");
        long c2 = comment(art2, "nice");
        long c3 = comment(art2, "agreed");
        long c4 = reply(art2, c3, "me too");
        return new Blog(a, art1, art2, c1, c1r, c1rr, c2, c3, c4);
    }

    long deletedWithId(String table, String deletionId) {
        return jdbc.queryForObject("select count(*) from " + table + " where deletion_id = ?", Long.class, deletionId);
    }

    String deletionId(String table, long id) {
        return jdbc.queryForObject("select deletion_id from " + table + " where id = ?", String.class, id);
    }

    @Test
    void createsAuthorsArticlesAndThreadedComments() throws Exception {
        Blog b = blog("ada");
        mvc.perform(get("/api/authors/{id}", b.author())).andExpect(jsonPath("$.name").value("ada"))
                .andExpect(jsonPath("$.deletedAt").value(nullValue()));
        mvc.perform(get("/api/articles/{id}", b.article1())).andExpect(jsonPath("$.authorId").value(b.author()))
                .andExpect(jsonPath("$.title").value("ada's first")).andExpect(jsonPath("$.content").value("text of ada's first"));
        mvc.perform(get("/api/comments/{id}", b.c1replyReply())).andExpect(jsonPath("$.articleId").value(b.article1()))
                .andExpect(jsonPath("$.parentId").value(b.c1reply())).andExpect(jsonPath("$.text").value("reply to the reply"));
        mvc.perform(get("/api/comments/{id}", b.c1())).andExpect(jsonPath("$.parentId").value(nullValue()));
        mvc.perform(get("/api/authors")).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/articles")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/comments")).andExpect(jsonPath("$", hasSize(6)));
    }

    @Test
    void badInputIsA400WithTheReasonAndStoresNothing() throws Exception {
        long a = author("ada");
        long art = article(a, "one");
        long other = article(a, "two");
        long foreign = comment(other, "elsewhere");
        postJson("/api/authors", "{\"name\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("name")));
        postJson("/api/authors", "{\"name\":").andExpect(status().isBadRequest());
        postJson("/api/authors/{id}/articles", "{\"title\":\"t\"}", a).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("content")));
        postJson("/api/articles/{id}/comments", "{\"text\":\"\"}", art).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("text")));
        postJson("/api/articles/{id}/comments", "{\"text\":\"hi\",\"parentId\":" + foreign + "}", art)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("parentId")));
        postJson("/api/articles/{id}/comments", "{\"text\":\"hi\",\"parentId\":999999}", art)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("999999")));
        postJson("/api/articles/{id}/comments", "{\"text\":\"hi\",\"parentId\":\"x\"}", art).andExpect(status().isBadRequest());
        assertThat(rows("author")).isEqualTo(1);
        assertThat(rows("article")).isEqualTo(2);
        assertThat(rows("comment")).isEqualTo(1);
    }

    @Test
    void nothingIsAddedUnderADeletedOrUnknownParent() throws Exception {
        long a = author("ada");
        long art = article(a, "one");
        long c = comment(art, "first");
        mvc.perform(delete("/api/comments/{id}", c)).andExpect(status().isNoContent());
        postJson("/api/articles/{id}/comments", "{\"text\":\"hi\",\"parentId\":" + c + "}", art)
                .andExpect(status().isBadRequest());
        mvc.perform(delete("/api/articles/{id}", art)).andExpect(status().isNoContent());
        postJson("/api/articles/{id}/comments", "{\"text\":\"hi\"}", art).andExpect(status().isNotFound());
        postJson("/api/authors/{id}/articles", "{\"title\":\"t\",\"content\":\"c\"}", 999999).andExpect(status().isNotFound());
        mvc.perform(delete("/api/authors/{id}", a)).andExpect(status().isNoContent());
        postJson("/api/authors/{id}/articles", "{\"title\":\"t\",\"content\":\"c\"}", a).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("Author with id " + a)));
        assertThat(rows("article")).isEqualTo(1);
        assertThat(rows("comment")).isEqualTo(1);
    }

    @Test
    void eachKindFollowsTheDeletedRuleAnd404s() throws Exception {
        Blog b = blog("ada");
        mvc.perform(delete("/api/comments/{id}", b.c2())).andExpect(status().isNoContent());
        for (String kind : List.of("authors", "articles", "comments")) {
            mvc.perform(get("/api/{kind}/{id}", kind, 999999)).andExpect(status().isNotFound());
            mvc.perform(delete("/api/{kind}/{id}", kind, 999999)).andExpect(status().isNotFound());
            mvc.perform(post("/api/{kind}/{id}/restore", kind, 999999)).andExpect(status().isNotFound());
            mvc.perform(get("/api/{kind}/{id}/deletion-preview", kind, 999999)).andExpect(status().isNotFound());
            mvc.perform(get("/api/{kind}", kind).param("deleted", "sometimes")).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/comments")).andExpect(jsonPath("$", hasSize(5)));
        mvc.perform(get("/api/comments").param("deleted", "only")).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(b.c2())).andExpect(jsonPath("$[0].deletedAt").value(notNullValue()));
        mvc.perform(get("/api/comments").param("deleted", "include")).andExpect(jsonPath("$", hasSize(6)));
        mvc.perform(get("/api/comments/{id}", b.c2())).andExpect(status().isNotFound());
        mvc.perform(get("/api/comments/{id}", b.c2()).param("deleted", "include")).andExpect(status().isOk());
        mvc.perform(get("/api/comments/{id}/deletion-preview", b.c2())).andExpect(status().isNotFound());
        mvc.perform(post("/api/authors/{id}/restore", b.author())).andExpect(status().isConflict());

        mvc.perform(post("/api/comments/{id}/restore", b.c2())).andExpect(status().isOk())
                .andExpect(jsonPath("$.deletedAt").value(nullValue()));
        assertThat(deletedRows("comment")).isZero();
    }

    @Test
    void theArticleThreadNestsRepliesUnderWhatTheyAnswer() throws Exception {
        Blog b = blog("ada");
        List<CommentNode> thread = reads.article(b.article1()).comments();
        assertThat(thread).extracting(CommentNode::text).containsExactly("first!");
        assertThat(thread.get(0).replies()).extracting(CommentNode::text).containsExactly("reply to first");
        assertThat(thread.get(0).replies().get(0).replies()).extracting(CommentNode::text).containsExactly("reply to the reply");
    }

    @Test
    void thePagesAddListDeleteAndRestore() throws Exception {
        mvc.perform(post("/authors").param("name", "grace")).andExpect(redirectedUrl("/authors"));
        long grace = jdbc.queryForObject("select id from author", Long.class);
        mvc.perform(post("/authors/{id}/articles", grace).param("title", "compilers").param("content", "are fun"))
                .andExpect(status().is3xxRedirection());
        long art = jdbc.queryForObject("select id from article", Long.class);
        mvc.perform(post("/articles/{id}/comments", art).param("text", "indeed")).andExpect(redirectedUrl("/articles/" + art));
        long c = jdbc.queryForObject("select id from comment", Long.class);
        mvc.perform(post("/articles/{id}/comments", art).param("text", "quite").param("parentId", String.valueOf(c)))
                .andExpect(flash().attributeCount(0));
        mvc.perform(post("/articles/{id}/comments", art).param("text", "")).andExpect(flash().attribute("error", containsString("text")));

        mvc.perform(get("/authors")).andExpect(content().string(allOf(containsString("grace"), containsString("compilers"),
                containsString("2 comments"), containsString("No deleted authors"))));
        String page = mvc.perform(get("/articles/{id}", art)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("are fun", "by <span>grace</span>", "No deleted comments");
        assertThat(page.indexOf("indeed")).isLessThan(page.indexOf("quite"));

        mvc.perform(post("/comments/{id}/delete", c).param("articleId", String.valueOf(art)))
                .andExpect(redirectedUrl("/articles/" + art)).andExpect(flash().attribute("message", containsString("indeed")));
        mvc.perform(get("/articles/{id}", art)).andExpect(content().string(containsString("Restore with parents")));
        mvc.perform(post("/comments/{id}/restore", c).param("articleId", String.valueOf(art)))
                .andExpect(flash().attribute("message", containsString("Restored")));

        mvc.perform(post("/authors/{id}/delete", grace)).andExpect(redirectedUrl("/authors"));
        mvc.perform(get("/authors")).andExpect(content().string(allOf(containsString("No authors yet"), containsString("deleted-authors"))));
        mvc.perform(post("/authors/{id}/restore", grace)).andExpect(flash().attribute("message", containsString("grace")));
        mvc.perform(get("/authors")).andExpect(content().string(containsString("compilers")));
        mvc.perform(get("/articles/{id}", 999999)).andExpect(status().isNotFound());
    }

    @Test
    void permanentlyDeletingAnAuthorErasesItsArticlesAndComments() throws Exception {
        Blog b = blog("ada");
        Blog bob = blog("bob");
        mvc.perform(delete("/api/comments/{id}", b.c2())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/authors/{id}", b.author()).param("permanent", "true")).andExpect(status().isNoContent());
        assertThat(rows("author")).isEqualTo(1);
        assertThat(rows("article")).isEqualTo(2);
        assertThat(rows("comment")).isEqualTo(6);
        mvc.perform(get("/api/comments/{id}", bob.c1replyReply())).andExpect(status().isOk());
    }

    // ---- cascade, preview, exact restore -------------------------------------------------------------

    @Test
    void thePreviewCountsWhatWouldGoAlongByEntity() throws Exception {
        Blog b = blog("ada");
        blog("bob");
        mvc.perform(delete("/api/comments/{id}", b.c2())).andExpect(status().isNoContent());
        mvc.perform(get("/api/authors/{id}/deletion-preview", b.author())).andExpect(status().isOk())
                .andExpect(jsonPath("$.Article").value(2)).andExpect(jsonPath("$.Comment").value(5));
        mvc.perform(get("/api/articles/{id}/deletion-preview", b.article1()))
                .andExpect(jsonPath("$.Comment").value(3)).andExpect(jsonPath("$.Article").doesNotExist());
        mvc.perform(get("/api/comments/{id}/deletion-preview", b.c1())).andExpect(jsonPath("$.Comment").value(2));
        assertThat(deletedRows("comment")).isEqualTo(1);
    }

    @Test
    void deletingAnAuthorTakesItsArticlesAndCommentsAtEveryDepth() throws Exception {
        Blog b = blog("ada");
        Blog bob = blog("bob");
        mvc.perform(delete("/api/authors/{id}", b.author())).andExpect(status().isNoContent());
        String op = deletionId("author", b.author());
        assertThat(deletedWithId("article", op)).isEqualTo(2);
        assertThat(deletedWithId("comment", op)).isEqualTo(6);
        mvc.perform(get("/api/articles")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/comments/{id}", b.c1replyReply())).andExpect(status().isNotFound());
        mvc.perform(get("/api/comments/{id}", bob.c1replyReply())).andExpect(status().isOk());
    }

    @Test
    void restoringBringsBackExactlyTheGroupNotWhatWasDeletedBefore() throws Exception {
        Blog b = blog("ada");
        mvc.perform(delete("/api/comments/{id}", b.c3())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/authors/{id}", b.author())).andExpect(status().isNoContent());
        mvc.perform(post("/api/authors/{id}/restore", b.author())).andExpect(status().isOk());
        mvc.perform(get("/api/articles")).andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/comments")).andExpect(jsonPath("$", hasSize(4)));
        mvc.perform(get("/api/comments/{id}", b.c3())).andExpect(status().isNotFound());
        mvc.perform(get("/api/comments/{id}", b.c4())).andExpect(status().isNotFound());
        assertThat(deletedRows("comment")).isEqualTo(2);
    }

    @Test
    void restoringUnderADeletedParentIsA409UnlessWithParents() throws Exception {
        Blog b = blog("ada");
        mvc.perform(delete("/api/comments/{id}", b.c1replyReply())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/comments/{id}", b.c1())).andExpect(status().isNoContent());
        mvc.perform(post("/api/comments/{id}/restore", b.c1replyReply())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("Comment"), containsString(String.valueOf(b.c1reply())))));
        assertThat(deletedRows("comment")).isEqualTo(3);

        mvc.perform(post("/api/comments/{id}/restore", b.c1replyReply()).param("withParents", "true")).andExpect(status().isOk())
                .andExpect(jsonPath("$.deletedAt").value(nullValue()));
        assertThat(deletedRows("comment")).isZero();

        mvc.perform(delete("/api/authors/{id}", b.author())).andExpect(status().isNoContent());
        mvc.perform(post("/api/articles/{id}/restore", b.article2())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Author")));
        mvc.perform(post("/api/articles/{id}/restore", b.article2()).param("withParents", "true")).andExpect(status().isOk());
        mvc.perform(get("/api/authors/{id}", b.author())).andExpect(status().isOk());
        assertThat(deletedRows("author") + deletedRows("article") + deletedRows("comment")).isZero();
    }
}
