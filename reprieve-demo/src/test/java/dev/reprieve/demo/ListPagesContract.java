package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.reprieve.demo.blog.Article;
import dev.reprieve.demo.blog.ArticleRepository;
import dev.reprieve.demo.blog.Author;
import dev.reprieve.demo.blog.AuthorRepository;
import dev.reprieve.demo.blog.Comment;
import dev.reprieve.demo.blog.CommentRepository;
import dev.reprieve.demo.color.Color;
import dev.reprieve.demo.color.ColorRepository;
import dev.reprieve.demo.product.Product;
import dev.reprieve.demo.product.ProductRepository;
import dev.reprieve.demo.todo.Todo;
import dev.reprieve.demo.todo.TodoRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every demo list page pages through its rows and searches them, deleted rows never among them, and refuses
 * paging parameters beyond the bounds with a 400.
 */
abstract class ListPagesContract extends DemoContract {

    @Autowired TodoRepository todos;
    @Autowired ProductRepository products;
    @Autowired ColorRepository colors;
    @Autowired AuthorRepository authors;
    @Autowired ArticleRepository articles;
    @Autowired CommentRepository comments;

    static final Pattern ROW = Pattern.compile("data-id=\"(\\d+)\"");

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String search(String path, String q) throws Exception {
        return mvc.perform(get(path).param("q", q)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The row ids of the page's main table, before its "recently deleted" table. */
    static List<Long> ids(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        if (start < 0) {
            return List.of();
        }
        String table = html.substring(start, html.indexOf("Recently deleted"));
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    @Test
    void theTodoPagePagesThroughEveryAliveTodoAndSearchesTitles() throws Exception {
        List<Todo> saved = todos.saveAll(IntStream.range(0, 120).mapToObj(i -> new Todo((i % 10 == 0 ? "Buy " : "do ") + i)).toList());
        todos.delete(saved.get(0)); // "Buy 0" is deleted: on no page, in no search
        List<Long> alive = saved.subList(1, 120).stream().map(Todo::getId).toList();

        String first = page("/todos");
        assertThat(ids(first, "todos")).containsExactlyElementsOf(alive.subList(0, 50));
        assertThat(first).contains("119 matches · page 1 of 3").contains("href=\"/todos?page=1\" id=\"page-next\"")
                .doesNotContain("page-previous");
        List<Long> walked = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            walked.addAll(ids(page("/todos?page=" + p), "todos"));
        }
        assertThat(walked).containsExactlyElementsOf(alive);
        assertThat(page("/todos?page=2")).contains("page 3 of 3").contains("page-previous").doesNotContain("page-next");
        assertThat(ids(page("/todos?page=3"), "todos")).isEmpty();
        assertThat(page("/todos?page=3")).contains("Nothing matches here.");

        String found = page("/todos?q=BUY&size=5");
        assertThat(ids(found, "todos")).hasSize(5);
        assertThat(found).contains("11 matches for “BUY” · page 1 of 3").contains("href=\"/todos?page=1&amp;size=5&amp;q=BUY\"");
        assertThat(ids(page("/todos?q=Buy"), "todos")).doesNotContain(saved.get(0).getId()).hasSize(11);
        // LIKE wildcards are searched for, not obeyed
        assertThat(ids(search("/todos", "%"), "todos")).isEmpty();
        assertThat(ids(search("/todos", "_"), "todos")).isEmpty();
    }

    @Test
    void productColorAndAuthorPagesPageAndSearchToo() throws Exception {
        products.saveAll(IntStream.range(0, 60).mapToObj(i -> new Product("Widget " + i, BigDecimal.ONE)).toList());
        assertThat(ids(page("/products"), "products")).hasSize(50);
        assertThat(ids(page("/products?page=1"), "products")).hasSize(10);
        assertThat(ids(page("/products?q=widget 5"), "products")).hasSize(11); // 5, 50..59

        colors.saveAll(IntStream.range(0, 55).mapToObj(i -> new Color("Shade " + i, String.format("#%06X", i))).toList());
        assertThat(ids(page("/colors"), "colors")).hasSize(50);
        assertThat(ids(page("/colors?page=1"), "colors")).hasSize(5);
        assertThat(ids(search("/colors", "#00002"), "colors")).hasSize(16); // by hex code: #000020 to #00002F
        assertThat(ids(page("/colors?q=shade 54"), "colors")).hasSize(1);

        List<Author> many = authors.saveAll(IntStream.range(0, 55).mapToObj(i -> new Author(String.format("Writer %02d", i))).toList());
        articles.save(new Article(many.get(0), "First words", "text"));
        authors.delete(many.get(1));
        String first = page("/authors");
        assertThat(first).contains("54 matches · page 1 of 2").contains("Writer 00").contains("First words")
                .doesNotContain("data-author=\"" + many.get(1).getId() + "\"");
        assertThat(page("/authors?page=1")).contains("Writer 54").doesNotContain("Writer 00");
        assertThat(page("/authors?q=writer 5")).contains("5 matches for “writer 5”");
    }

    @Test
    void anArticlePagesItsTopLevelCommentsEachWithItsWholeThread() throws Exception {
        Author author = authors.save(new Author("Ada"));
        Article article = articles.save(new Article(author, "Engines", "steam"));
        List<Comment> top = comments.saveAll(IntStream.range(0, 55).mapToObj(i -> new Comment(article, null, "top " + i)).toList());
        Comment reply = comments.save(new Comment(article, top.get(54), "reply to top 54"));
        comments.save(new Comment(article, reply, "reply to the reply"));
        comments.delete(top.get(53));

        String first = page("/articles/" + article.getId());
        assertThat(first).contains("data-comment=\"" + top.get(0).getId() + "\"").contains("54 matches · page 1 of 2")
                .doesNotContain("reply to top 54");
        String second = page("/articles/" + article.getId() + "?page=1");
        assertThat(second).contains("reply to top 54").contains("reply to the reply")
                .doesNotContain("data-comment=\"" + top.get(53).getId() + "\"")
                .doesNotContain("data-comment=\"" + top.get(0).getId() + "\"");
    }

    @Test
    void deletingAnAuthorOrAnArticleFirstShowsWhatGoesWithItAndDeletesNothingUntilConfirmed() throws Exception {
        Author ada = authors.save(new Author("Ada"));
        Article engines = articles.save(new Article(ada, "Engines", "steam"));
        articles.save(new Article(ada, "Looms", "cards"));
        Comment c = comments.save(new Comment(engines, null, "great"));
        comments.save(new Comment(engines, c, "agreed"));
        assertThat(page("/authors")).contains("href=\"/authors/" + ada.getId() + "/delete\"");

        String confirm = page("/authors/" + ada.getId() + "/delete");
        assertThat(confirm).contains("Delete author “Ada”?").contains("Delete it and 4 more")
                .contains("data-type=\"Article\"").contains("<strong class=\"count\">2</strong> <span>Articles</span>")
                .contains("<strong class=\"count\">2</strong> <span>Comments</span>")
                .contains("action=\"/authors/" + ada.getId() + "/delete\"");
        assertThat(page("/articles/" + engines.getId() + "/delete")).contains("Delete article “Engines”?")
                .contains("Delete it and 2 more");
        assertThat(deletedRows("author") + deletedRows("article") + deletedRows("comment")).isZero();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/authors/{id}/delete", ada.getId()))
                .andExpect(status().is3xxRedirection());
        assertThat(deletedRows("author") + deletedRows("article") + deletedRows("comment")).isEqualTo(5);
        assertThat(mvc.perform(get("/authors/" + ada.getId() + "/delete")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void pagingBeyondTheBoundsIsA400() throws Exception {
        for (String path : List.of("/todos", "/products", "/colors", "/authors")) {
            for (String[] bad : List.of(new String[] {"page", "-1"}, new String[] {"page", "1000001"}, new String[] {"size", "0"},
                    new String[] {"size", "501"}, new String[] {"q", "\u0000"}, new String[] {"q", "x".repeat(201)})) {
                assertThat(mvc.perform(get(path).param(bad[0], bad[1])).andReturn().getResponse().getStatus())
                        .as(path + " " + bad[0]).isEqualTo(400);
            }
            assertThat(mvc.perform(get(path + "?page=1000000&size=500")).andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/todos?page=2147483647")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }
}
