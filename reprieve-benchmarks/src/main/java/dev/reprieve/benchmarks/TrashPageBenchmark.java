package dev.reprieve.benchmarks;

import dev.reprieve.admin.internal.trash.TrashBrowser;
import dev.reprieve.admin.internal.trash.TrashCounts;
import dev.reprieve.admin.internal.trash.TrashFilter;
import dev.reprieve.admin.internal.trash.TrashPage;
import dev.reprieve.benchmarks.page.TrashPageApp;
import dev.reprieve.core.spi.trash.TrashOrder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin trash page with 1,000 deleted rows, authenticated as the admin, side by side in one run with the
 * same page as JSON and with the page's own work below HTTP: {@link TrashBrowser} (page, bounded counts and labels,
 * the SQL the page runs), on the same data in the same application. An anonymous API call (answered 401 by the
 * admin's filter chain) gives the floor of an HTTP round trip through Spring Security. The application is
 * {@link TrashPageApp} on a random port: Reprieve's starter and admin as a library user ships them.
 *
 * <p>Cases are interleaved in rounds; each figure is the median of the round medians, next to the fastest round's
 * median, and every request checks that it answered 200 (401 for the anonymous one) with 50 rows.
 *
 * <p>Run alone: {@code mvn -q -B -pl reprieve-benchmarks -am package -DskipTests -Pbench -Dbench.only=trash-page}
 */
public final class TrashPageBenchmark {

    static final int DELETED = 1000;
    static final int ALIVE = 1000;
    static final int PAGE = 50;

    private final BenchRun run;
    private final BenchServer server;
    private final int warmup;
    private final int rounds;
    private final int perRound;

    private TrashPageBenchmark(BenchRun run, BenchServer server) {
        this.run = run;
        this.server = server;
        this.warmup = run.size(60, 5);
        this.rounds = run.size(7, 2);
        this.perRound = run.size(31, 3);
    }

    public static void main(String[] args) throws Exception {
        run(BenchRun.full());
    }

    public static void run(BenchRun run) throws Exception {
        for (BenchServer server : run.servers()) {
            new TrashPageBenchmark(run, server).measure();
        }
    }

    void measure() throws Exception {
        String database = run.database("reprieve_bench_trash_page");
        server.ensureDatabase(database);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrashPageApp.class).run(
                "--spring.datasource.url=" + server.url(database),
                "--spring.datasource.username=" + server.user(),
                "--spring.datasource.password=",
                "--spring.jpa.hibernate.ddl-auto=create",
                "--spring.jpa.open-in-view=false",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn")) {
            load(app.getBean(JdbcTemplate.class));
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            TrashBrowser browser = app.getBean(TrashBrowser.class);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (TrashPageApp.USER + ":" + TrashPageApp.PASSWORD).getBytes(StandardCharsets.UTF_8));

            Map<String, Callable<Integer>> cases = new LinkedHashMap<>();
            cases.put("HTML page GET /reprieve/trash?size=50, HTTP Basic admin",
                    get(http, base + "/reprieve/trash?size=" + PAGE, basic, 200, "data-type="));
            cases.put("JSON API GET /reprieve/api/trash?size=50, HTTP Basic admin",
                    get(http, base + "/reprieve/api/trash?size=" + PAGE, basic, 200, "\"deletionId\""));
            cases.put("the page's own work: TrashBrowser page + type menu (SQL)", service(browser));
            cases.put("JSON API, anonymous (401 from the filter chain)",
                    get(http, base + "/reprieve/api/trash?size=" + PAGE, null, 401, null));

            for (Callable<Integer> c : cases.values()) {
                for (int i = 0; i < warmup; i++) {
                    c.call();
                }
            }
            Map<String, List<Double>> medians = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                List<String> order = new ArrayList<>(cases.keySet());
                if (round % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (String label : order) {
                    Callable<Integer> c = cases.get(label);
                    double median = Measurements.medianMillis(perRound, new Measurements.Run() {
                        @Override
                        public void prepare() {
                        }

                        @Override
                        public void step() throws Exception {
                            c.call();
                        }
                    });
                    medians.computeIfAbsent(label, k -> new ArrayList<>()).add(median);
                }
            }
            String sqlLabel = new ArrayList<>(cases.keySet()).get(2);
            double sql = Measurements.median(medians.get(sqlLabel));
            run.out().printf(Locale.ROOT, "%n=== %s: trash page with %,d deleted rows (%,d alive), page of %d, load %s;"
                    + " median of %d round medians of %d requests, after %d warm-up each ===%n", server.name(), DELETED,
                    ALIVE, PAGE, loadAverage(), rounds, perRound, warmup);
            run.out().printf(Locale.ROOT, "%-60s %10s %10s %10s%n", "case", "median", "best round", "vs SQL");
            medians.forEach((label, values) -> run.out().printf(Locale.ROOT, "%-60s %7.2f ms %7.2f ms %9.1fx%n", label,
                    Measurements.median(values), values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    Measurements.median(values) / sql));
            run.out().println("per-round medians (ms):");
            medians.forEach((label, values) -> run.out().println("  " + label + ": "
                    + values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList()));
            run.out().println("load average after the run: " + loadAverage());
        }
    }

    /** 1,000 deleted and 1,000 alive tasks, one deletion each, a minute apart; no notes. */
    void load(JdbcTemplate jdbc) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= DELETED + ALIVE; i++) {
            boolean deleted = i <= DELETED;
            rows.add(new Object[] {(long) i, "task " + i, deleted ? Timestamp.from(now.minus(i, ChronoUnit.MINUTES)) : null,
                    deleted ? "bench" : null, deleted ? UUID.randomUUID().toString() : null});
        }
        jdbc.batchUpdate("insert into bench_trash_task (id, title, deleted_at, deleted_by, deletion_id) values (?, ?, ?, ?, ?)",
                rows);
        BenchmarkCheck.equal((long) DELETED, jdbc.queryForObject(
                "select count(*) from bench_trash_task where deleted_at is not null", Long.class), "deleted rows loaded");
        jdbc.execute(server.postgres() ? "analyze bench_trash_task" : "analyze table bench_trash_task");
    }

    /** A GET that must answer {@code status} and, when {@code rowMarker} is given, show exactly one page of rows. */
    Callable<Integer> get(HttpClient http, String url, String authorization, int status, String rowMarker) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept",
                rowMarker != null && rowMarker.startsWith("\"") ? "application/json" : "text/html");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        return () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            BenchmarkCheck.equal(status, response.statusCode(), url + " status");
            if (rowMarker == null) {
                return 0;
            }
            int rows = count(response.body(), rowMarker);
            BenchmarkCheck.equal(PAGE, rows, url + " rows on the page");
            BenchmarkCheck.that(response.body().contains("task 1"), url + " shows the newest deleted row");
            return rows;
        };
    }

    /** What the trash page's controller asks the service for: the page with its counts, and the type menu. */
    Callable<Integer> service(TrashBrowser browser) {
        TrashFilter filter = new TrashFilter(null, null, null, null, null, null, TrashOrder.NEWEST, null, 0, PAGE);
        return () -> {
            TrashPage page = browser.page(filter);
            TrashCounts menu = filter.matchesWholeTrash() ? page.counts() : browser.countsByType();
            BenchmarkCheck.equal((long) DELETED, page.total(), "service total");
            BenchmarkCheck.that(!menu.byType().isEmpty(), "service type menu");
            BenchmarkCheck.equal(PAGE, page.rows().size(), "service page");
            return page.rows().size();
        };
    }

    static int count(String text, String marker) {
        int n = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
            n++;
        }
        return n;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
