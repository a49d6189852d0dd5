package dev.reprieve.demo.aot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's jar, processed by Spring AOT, started with {@code -Dspring.aot.enabled=true} on embedded H2: a todo
 * is created, deleted (gone from the list, in the admin trash), restored (back in the list). Run by {@code -Paot}.
 */
class DemoAotIT {

    private static Process demo;
    private static String base;
    private static final StringBuilder LOG = new StringBuilder();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheAotProcessedJar() throws Exception {
        Path jar = Path.of(System.getProperty("reprieve.demo.jar", "target/reprieve-demo.jar"));
        assertThat(jar).exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.aot.enabled=true", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:aot" + port)
                .redirectErrorStream(true).start();
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (LOG) {
                        LOG.append(line).append('\n');
                    }
                    if (line.contains("Started DemoApplication")) {
                        started.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            started.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(started.get(3, TimeUnit.MINUTES)).as("the AOT demo started:%n%s", LOG).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        if (demo != null) {
            demo.destroy();
            demo.waitFor(30, TimeUnit.SECONDS);
        }
        Files.writeString(Path.of("target", "demo-aot.log"), LOG);
    }

    @Test
    void deleteListRestoreAndTheAdminTrashWorkUnderAot() throws Exception {
        synchronized (LOG) {
            assertThat(LOG).contains("Starting AOT-processed DemoApplication");
        }
        HttpResponse<String> created = send("POST", "/api/todos", "user", "{\"title\":\"aot todo\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        String todo = "/api/todos/" + id.group(1);

        assertThat(send("DELETE", todo, "user", null).statusCode()).isBetween(200, 204);
        assertThat(send("GET", "/api/todos", "user", null).body()).doesNotContain("aot todo");
        assertThat(send("GET", todo, "user", null).statusCode()).isEqualTo(404);

        HttpResponse<String> trash = send("GET", "/reprieve/api/trash", "admin", null);
        assertThat(trash.statusCode()).as(trash.body()).isEqualTo(200);
        assertThat(trash.body()).contains("aot todo");
        HttpResponse<String> trashPage = send("GET", "/reprieve/trash", "admin", null);
        assertThat(trashPage.statusCode()).isEqualTo(200);
        assertThat(trashPage.body()).contains("aot todo");

        assertThat(send("POST", todo + "/restore", "user", null).statusCode()).isBetween(200, 204);
        assertThat(send("GET", "/api/todos", "user", null).body()).contains("aot todo");
    }

    private static HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", json == null && !path.startsWith("/api") && !path.contains("/api/")
                        ? "text/html" : "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
