package dev.reprieve.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a benchmark result depends on besides the code: cores, memory, JVM, OS, database versions, commit. */
record MachineFacts(Map<String, String> facts) {

    static MachineFacts collect(List<BenchServer> servers) {
        Map<String, String> facts = new LinkedHashMap<>();
        Runtime rt = Runtime.getRuntime();
        facts.put("cores", String.valueOf(rt.availableProcessors()));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            facts.put("memory", String.format(Locale.ROOT, "%.1f GiB total, %.1f GiB free", os.getTotalMemorySize() / GIB,
                    os.getFreeMemorySize() / GIB));
            facts.put("load average", String.format(Locale.ROOT, "%.2f", os.getSystemLoadAverage()));
        }
        facts.put("JVM heap max", String.format(Locale.ROOT, "%.1f GiB", rt.maxMemory() / GIB));
        facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        for (BenchServer server : servers) {
            facts.put(server.name(), version(server));
        }
        facts.put("commit", command("git", "rev-parse", "--short", "HEAD") + dirty());
        return new MachineFacts(facts);
    }

    private static final double GIB = 1024.0 * 1024 * 1024;

    String markdown() {
        StringBuilder out = new StringBuilder("| machine | |\n|---|---|\n");
        facts.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n"));
        return out.toString();
    }

    private static String version(BenchServer server) {
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.user(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            return "not reachable (" + e.getMessage() + ")";
        }
    }

    private static String dirty() {
        String status = command("git", "status", "--porcelain", "--untracked-files=no");
        return status.isEmpty() ? "" : " with uncommitted changes";
    }

    private static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
