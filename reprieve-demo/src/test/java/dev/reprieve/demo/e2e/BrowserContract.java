package dev.reprieve.demo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.demo.DemoApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo and its admin trash used as a person would, in headless Chromium against the demo running
 * on a random port. Screenshots of the trash and the erase confirmation go to {@code target/screenshots/}.
 */
@RequiresChromium
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserContract {

    @LocalServerPort int port;
    WebDriver browser;
    WebDriverWait wait;

    /** Names the screenshots after the database. */
    abstract String database();

    @BeforeEach
    void open() throws IOException {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // a form post reloads the page under our feet: look again rather than fail on the old page's elements
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void logIn(String user, String password) {
        browser.get(url("/reprieve/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/reprieve/login")));
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, dir.resolve(name + "-" + database() + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    WebElement rowOf(String tableId, String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + tableId + " tr")).stream()
                .filter(tr -> tr.getText().contains(text)).findFirst().orElse(null));
    }

    @Test
    void anAdminDeletesATodoFindsItInTheTrashByFilterRestoresItAndSeesItBack() throws IOException {
        String title = "water the plants " + UUID.randomUUID().toString().substring(0, 8);
        logIn("admin", "admin");

        browser.get(url("/todos"));
        browser.findElement(By.name("title")).sendKeys(title);
        WebElement add = browser.findElement(By.cssSelector("form.inline button"));
        add.click();
        wait.until(ExpectedConditions.stalenessOf(add)); // the add went through: the page reloaded
        browser.get(url("/todos?q=" + title.replace(' ', '+'))); // the list pages: search finds it on any page
        rowOf("todos", title).findElement(By.cssSelector("button.danger")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Deleted"));
        assertThat(browser.findElements(By.cssSelector("#todos tr")).stream().map(WebElement::getText))
                .noneMatch(text -> text.contains(title));

        browser.get(url("/reprieve/trash"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-type"))).selectByValue("Todo");
        browser.findElement(By.id("filter-deleted-by")).sendKeys("admin");
        browser.findElement(By.id("filter-q")).sendKeys(title);
        browser.findElement(By.id("apply-filters")).click();
        WebElement row = rowOf("trash", title);
        assertThat(row.getText()).contains("Todo").contains("admin");
        List<WebElement> rows = browser.findElements(By.cssSelector("#trash tbody tr"));
        assertThat(rows).hasSize(1);
        screenshot("trash");

        row.findElement(By.cssSelector("button.restore")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Restored"));
        assertThat(browser.findElement(By.id("message")).getText()).contains(title);

        browser.get(url("/todos?q=" + title.replace(' ', '+')));
        assertThat(rowOf("todos", title).getText()).contains(title);
    }

    @Test
    void aPlainUserGetsNoAccessToTheAdmin() {
        browser.get(url("/reprieve/trash"));
        assertThat(browser.getCurrentUrl()).endsWith("/reprieve/login");
        logIn("user", "user");
        browser.get(url("/reprieve/trash"));
        assertThat(browser.findElement(By.id("denied")).getText()).contains("REPRIEVE_ADMIN");
        assertThat(browser.findElements(By.id("trash"))).isEmpty();
        browser.get(url("/reprieve/api/trash"));
        assertThat(browser.getPageSource()).contains("Forbidden");
    }

    @Test
    void erasingAnAuthorConfirmsWithItsArticlesAndCommentsListedThenErasesThem() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long author = id(api("POST", "/api/authors", "{\"name\":\"Ada " + suffix + "\"}"));
        long compilers = id(api("POST", "/api/authors/" + author + "/articles", "{\"title\":\"Compilers " + suffix + "\",\"content\":\"fun\"}"));
        long engines = id(api("POST", "/api/authors/" + author + "/articles", "{\"title\":\"Engines " + suffix + "\",\"content\":\"steam\"}"));
        long first = id(api("POST", "/api/articles/" + compilers + "/comments", "{\"text\":\"Great read " + suffix + "\"}"));
        api("POST", "/api/articles/" + compilers + "/comments", "{\"text\":\"Agreed " + suffix + "\",\"parentId\":" + first + "}");
        api("POST", "/api/articles/" + engines + "/comments", "{\"text\":\"Loud " + suffix + "\"}");
        api("DELETE", "/api/authors/" + author, null);

        logIn("admin", "admin");
        browser.get(url("/reprieve/trash"));
        screenshot("trash-overview");
        browser.get(url("/reprieve/trash?type=Author&q=" + suffix));
        WebElement row = rowOf("trash", "Ada " + suffix);
        assertThat(row.getText()).contains("with 5 others");
        row.findElement(By.cssSelector("a.erase")).click();

        WebElement impact = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("impact")));
        assertThat(impact.findElement(By.cssSelector("tr[data-type='Author'] .count")).getText()).isEqualTo("1");
        assertThat(impact.findElement(By.cssSelector("tr[data-type='Article'] .count")).getText()).isEqualTo("2");
        assertThat(impact.findElement(By.cssSelector("tr[data-type='Comment'] .count")).getText()).isEqualTo("3");
        assertThat(impact.getText()).contains("Compilers " + suffix, "Engines " + suffix, "Great read " + suffix,
                "Agreed " + suffix, "Loud " + suffix);
        assertThat(browser.findElement(By.id("impact-total")).getText()).isEqualTo("6 rows");
        screenshot("erase-confirmation");

        browser.findElement(By.id("confirm-erase")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Erased"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("Ada " + suffix).contains("6 rows gone");
        assertThat(status("/api/authors/" + author + "?deleted=include")).isEqualTo(404);
        assertThat(status("/api/articles/" + engines + "?deleted=include")).isEqualTo(404);
        assertThat(status("/api/comments/" + first + "?deleted=include")).isEqualTo(404);

        browser.get(url("/reprieve/history?action=erased&type=Author"));
        assertThat(rowOf("history", "Ada " + suffix).getText()).contains("erased").contains("admin")
                .contains("5 dependent rows (Article 2, Comment 3)");
        screenshot("history-erased");
    }

    @Test
    void aCommentWhoseArticleIsDeletedComesBackWithItsParentsFromTheButtonTheRefusalOffers() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long author = id(api("POST", "/api/authors", "{\"name\":\"Grace " + suffix + "\"}"));
        long article = id(api("POST", "/api/authors/" + author + "/articles", "{\"title\":\"Cobol " + suffix
                + "\",\"content\":\"verbose\"}"));
        long comment = id(api("POST", "/api/articles/" + article + "/comments", "{\"text\":\"Classic " + suffix + "\"}"));
        api("DELETE", "/api/authors/" + author, null);

        logIn("admin", "admin");
        browser.get(url("/reprieve/trash?type=Comment&q=" + suffix));
        rowOf("trash", "Classic " + suffix).findElement(By.cssSelector("button.restore")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "still deleted"));
        screenshot("restore-refused-with-parents-offered");
        assertThat(status("/api/comments/" + comment)).isEqualTo(404);

        browser.findElement(By.id("restore-with-parents")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(browser.findElement(By.id("message")).getText()).contains("back");
        assertThat(status("/api/comments/" + comment)).isEqualTo(200);
        assertThat(status("/api/articles/" + article)).isEqualTo(200);
        assertThat(status("/api/authors/" + author)).isEqualTo(200);
    }

    @Test
    void theTodoListPagesAndSearches() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 55; i++) {
            api("POST", "/api/todos", "{\"title\":\"chore " + i + " " + suffix + "\"}");
        }
        browser.get(url("/todos"));
        browser.findElement(By.id("search-q")).sendKeys(suffix);
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pager-summary"), "55 matches"));
        assertThat(browser.findElement(By.id("pager-summary")).getText()).contains("page 1 of 2");
        assertThat(browser.findElements(By.cssSelector("#todos tr"))).hasSize(50);
        screenshot("todos-search-paged");
        browser.findElement(By.id("page-next")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pager-summary"), "page 2 of 2"));
        assertThat(browser.findElements(By.cssSelector("#todos tr"))).hasSize(5);
    }

    @Test
    void deletingAnAuthorShowsWhatGoesWithItAndAsksFirst() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long author = id(api("POST", "/api/authors", "{\"name\":\"Lovelace " + suffix + "\"}"));
        long article = id(api("POST", "/api/authors/" + author + "/articles", "{\"title\":\"Notes " + suffix
                + "\",\"content\":\"on the engine\"}"));
        api("POST", "/api/articles/" + article + "/comments", "{\"text\":\"Brilliant " + suffix + "\"}");
        browser.get(url("/authors?q=" + suffix));
        browser.findElement(By.cssSelector("[data-author='" + author + "'] a.delete-author")).click();
        WebElement along = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("along")));
        assertThat(along.findElement(By.cssSelector("li[data-type='Article'] .count")).getText()).isEqualTo("1");
        assertThat(along.findElement(By.cssSelector("li[data-type='Comment'] .count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("confirm-delete")).getText()).isEqualTo("Delete it and 2 more");
        screenshot("delete-author-confirmation");
        assertThat(status("/api/authors/" + author)).isEqualTo(200); // asking deleted nothing

        browser.findElement(By.id("confirm-delete")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Deleted"));
        assertThat(status("/api/authors/" + author)).isEqualTo(404);
        assertThat(status("/api/articles/" + article)).isEqualTo(404);
    }

    @Test
    void selectAllRestoresWhatCanComeBackAndNamesTheRowThatCannot() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long todo = id(api("POST", "/api/todos", "{\"title\":\"Sweep " + suffix + "\"}"));
        long color = id(api("POST", "/api/colors", "{\"name\":\"Teal " + suffix + "\",\"hexCode\":\"#008080\"}"));
        api("DELETE", "/api/todos/" + todo, null);
        api("DELETE", "/api/colors/" + color, null);
        api("POST", "/api/colors", "{\"name\":\"Teal " + suffix + "\",\"hexCode\":\"#007070\"}"); // takes the name

        logIn("admin", "admin");
        browser.get(url("/reprieve/trash?q=" + suffix));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#trash tbody tr"), 2));
        browser.findElement(By.id("select-all")).click();
        assertThat(browser.findElements(By.cssSelector("#trash tbody input[name=rows]"))).allMatch(WebElement::isSelected);
        screenshot("trash-select-all");
        browser.findElement(By.id("restore-selected")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Restored"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("Sweep " + suffix);
        assertThat(browser.findElement(By.id("error")).getText()).contains("Not restored: Color #" + color)
                .contains("Teal " + suffix);
        screenshot("partial-restore");
        assertThat(status("/api/todos/" + todo)).isEqualTo(200);
        assertThat(status("/api/colors/" + color)).isEqualTo(404);
    }

    @Test
    void purgeAsksWithTheDryRunsCountsAndTheHistoryPages() throws Exception {
        logIn("admin", "admin");
        browser.get(url("/reprieve/purge"));
        browser.findElement(By.id("purge-now")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purge-confirm")));
        assertThat(browser.findElement(By.id("forecast")).getText()).contains("Todo");
        screenshot("purge-confirmation");
        browser.findElement(By.id("cancel-purge")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purge-dry-run")));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 101; i++) {
            api("DELETE", "/api/todos/" + id(api("POST", "/api/todos", "{\"title\":\"gone " + i + " " + suffix + "\"}")), null);
        }
        browser.get(url("/reprieve/history"));
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).hasSize(100);
        screenshot("history");
        browser.findElement(By.id("history-next")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-first")));
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).isNotEmpty();
    }

    /** The demo's JSON API, anonymously, as a script would call it. */
    String api(String method, String path, String json) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    int status(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static long id(String json) {
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void errorsAndTheLoginPageComeInTheDemosOwnStyleAndSayWhoIsLoggedIn() throws IOException {
        browser.get(url("/login"));
        assertThat(browser.findElement(By.cssSelector("nav.nav")).getText()).contains("Todos");
        screenshot("demo-login");
        browser.findElement(By.id("username")).sendKeys("user");
        browser.findElement(By.id("password")).sendKeys("user");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("user");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");

        for (String path : List.of("/articles/999999", "/articles/abc", "/no/such/page")) {
            browser.get(url(path));
            assertThat(browser.findElement(By.id("error-title")).getText()).startsWith(path.equals("/articles/abc") ? "400" : "404");
            assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("user");
            assertThat(browser.getPageSource()).doesNotContain("Whitelabel").doesNotContain("java.").doesNotContain("\"timestamp\"");
        }
        screenshot("demo-error");

        browser.get(url("/reprieve/trash"));
        assertThat(browser.findElement(By.id("denied")).getText()).contains("REPRIEVE_ADMIN");
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("user");
        assertThat(browser.findElement(By.cssSelector("nav.bar")).getText()).contains("Log out");
        screenshot("admin-forbidden");
    }
}
