package dev.reprieve.demo.sample;

import dev.reprieve.demo.blog.Article;
import dev.reprieve.demo.blog.Author;
import dev.reprieve.demo.blog.AuthorRepository;
import dev.reprieve.demo.blog.BlogWriter;
import dev.reprieve.demo.blog.Comment;
import dev.reprieve.demo.color.ColorCatalog;
import dev.reprieve.demo.color.ColorRepository;
import dev.reprieve.demo.product.Product;
import dev.reprieve.demo.product.ProductRepository;
import dev.reprieve.demo.todo.Todo;
import dev.reprieve.demo.todo.TodoRepository;
import dev.reprieve.spring.SoftDeleteRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo with a few rows of every model, some of them deleted, so a newcomer sees a
 * populated app and trash. Runs at startup only when every table is empty (alive and deleted rows
 * counted); {@code reprieve.demo.sample-data=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "reprieve.demo.sample-data", havingValue = "true", matchIfMissing = true)
public class SampleData implements ApplicationRunner {

    /** How old the oldest deleted todo is: past a 30-day retention, so a purge has something to do. */
    static final Duration OLD_DELETION = Duration.ofDays(40);

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final TodoRepository todos;
    private final ProductRepository products;
    private final ColorRepository colors;
    private final ColorCatalog colorCatalog;
    private final AuthorRepository authors;
    private final BlogWriter blog;
    private final JdbcTemplate jdbc;

    public SampleData(TodoRepository todos, ProductRepository products, ColorRepository colors, ColorCatalog colorCatalog,
            AuthorRepository authors, BlogWriter blog, JdbcTemplate jdbc) {
        this.todos = todos;
        this.products = products;
        this.colors = colors;
        this.colorCatalog = colorCatalog;
        this.authors = authors;
        this.blog = blog;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Stream.of(todos, products, colors, authors).allMatch(SampleData::isEmpty)) {
            load();
            log.info("Loaded the demo's sample data (set reprieve.demo.sample-data=false to start empty)");
        }
    }

    private static boolean isEmpty(SoftDeleteRepository<?, ?> repository) {
        return repository.count() == 0 && repository.countDeleted() == 0;
    }

    private void load() {
        Stream.of("Buy milk", "Walk the dog", "Water the plants").forEach(t -> todos.save(new Todo(t)));
        todos.delete(todos.save(new Todo("File the tax return")));
        Todo old = todos.save(new Todo("Renew the old passport"));
        todos.delete(old);
        // Backdated so the trash has a row past any sensible retention period (the retention purge).
        // Shifted in the database, so the JVM's time zone cannot skew a timestamp bound from here.
        jdbc.update("update todo set deleted_at = deleted_at - INTERVAL '" + OLD_DELETION.toDays() + "' DAY where id = ?",
                old.getId());

        products.save(new Product("Desk lamp", new BigDecimal("24.50")));
        products.save(new Product("Notebook", new BigDecimal("3.20")));
        products.delete(products.save(new Product("Fountain pen", new BigDecimal("45.00"))));

        colorCatalog.create("Red", "#FF0000");
        colorCatalog.create("Sky blue", "#87CEEB");
        colorCatalog.create("Forest green", "#228B22");
        colors.delete(colorCatalog.create("Crimson", "#DC143C"));

        Author ada = blog.addAuthor("Ada Lovelace");
        Article engine = blog.addArticle(ada.getId(), "Notes on the Analytical Engine",
                "The engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves.");
        Comment first = blog.addComment(engine.getId(), "Could it compose music?", null);
        Comment answer = blog.addComment(engine.getId(), "Given the rules of harmony, in principle yes.", first.getId());
        blog.addComment(engine.getId(), "That is a bold claim.", answer.getId());
        blog.addComment(engine.getId(), "Lovely analogy with the loom.", null);
        Article bernoulli = blog.addArticle(ada.getId(), "Computing Bernoulli numbers", "Note G, step by step.");
        blog.addComment(bernoulli.getId(), "The first published program!", null);

        Author grace = blog.addAuthor("Grace Hopper");
        Article compilers = blog.addArticle(grace.getId(), "Why compilers", "Let people write in words, not octal.");
        Comment bug = blog.addComment(compilers.getId(), "Is it true about the moth?", null);
        blog.addComment(compilers.getId(), "Taped into the log book, 1947.", bug.getId());

        Author gone = blog.addAuthor("Anonymous Coward");
        Article rant = blog.addArticle(gone.getId(), "Tabs are better", "No discussion.");
        Comment spaces = blog.addComment(rant.getId(), "Spaces.", null);
        blog.addComment(rant.getId(), "Tabs!", spaces.getId());
        // One delete: the cascade takes the articles and comments along in the same operation.
        authors.delete(gone);
    }
}
