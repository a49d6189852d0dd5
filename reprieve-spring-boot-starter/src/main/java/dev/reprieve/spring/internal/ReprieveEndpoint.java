package dev.reprieve.spring.internal;

import dev.reprieve.core.schema.SchemaFinding;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.purge.PurgeForecast;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.purge.RetentionStatus;
import dev.reprieve.spring.RetentionService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code reprieve} actuator endpoint: {@code GET /actuator/reprieve} shows per entity the alive, deleted and
 * expired rows, the last and next purge, and the startup schema check's findings; {@code POST /actuator/reprieve/purge} purges now, and with
 * {@code dryRun=true} (query parameter or JSON body) only reports what would go.
 */
@Endpoint(id = "reprieve")
public class ReprieveEndpoint {

    private final RetentionService retention;
    private final Supplier<SchemaReport> schema;

    public ReprieveEndpoint(RetentionService retention, Supplier<SchemaReport> schema) {
        this.retention = retention;
        this.schema = schema;
    }

    @ReadOperation
    public Map<String, Object> status() {
        List<Map<String, Object>> entities = new ArrayList<>();
        for (RetentionStatus s : retention.status()) {
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("entity", s.entityName());
            entity.put("retention", text(s.retention()));
            entity.put("alive", s.alive());
            entity.put("deleted", s.deleted());
            entity.put("expired", s.retention() == null ? null : s.expired());
            entities.add(entity);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entities", entities);
        body.put("lastPurge", retention.lastPurge().map(last -> {
            Map<String, Object> lastPurge = report(last.report());
            lastPurge.put("finishedAt", last.finishedAt().toString());
            return lastPurge;
        }).orElse(null));
        body.put("nextPurge", retention.nextPurge().map(Instant::toString).orElse(null));
        body.put("schema", schema(schema.get()));
        return body;
    }

    /** The startup schema check's findings: unique constraints, missing indexes, contradicting foreign keys. */
    private static Map<String, Object> schema(SchemaReport report) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (SchemaFinding f : report.findings()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("kind", f.kind().name());
            finding.put("entity", f.entityName());
            finding.put("table", f.table());
            finding.put("message", f.message());
            findings.add(finding);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checked", report.ran());
        body.put("findings", findings);
        return body;
    }

    @WriteOperation
    public Map<String, Object> run(@Selector String action, @Nullable Boolean dryRun) {
        if (!"purge".equals(action)) {
            throw new InvalidEndpointRequestException("Unknown action '" + action + "'; POST /actuator/reprieve/purge",
                    "Unknown action");
        }
        if (Boolean.TRUE.equals(dryRun)) {
            List<Map<String, Object>> entities = new ArrayList<>();
            for (PurgeForecast f : retention.dryRun()) {
                Map<String, Object> entity = new LinkedHashMap<>();
                entity.put("entity", f.entityName());
                entity.put("retention", text(f.retention()));
                entity.put("cutoff", f.cutoff().toString());
                entity.put("rows", f.rows());
                entity.put("oldestDeletedAt", f.oldestDeletedAt() == null ? null : f.oldestDeletedAt().toString());
                entities.add(entity);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("dryRun", true);
            body.put("entities", entities);
            return body;
        }
        Map<String, Object> body = report(retention.purgeNow());
        body.put("dryRun", false);
        return body;
    }

    private static Map<String, Object> report(PurgeReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startedAt", report.startedAt().toString());
        body.put("skipped", report.skipped());
        body.put("purged", report.totalPurged());
        List<Map<String, Object>> entities = new ArrayList<>();
        for (PurgeReport.EntityPurge e : report.entities()) {
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("entity", e.entityName());
            entity.put("expired", e.expired());
            entity.put("purged", e.purged());
            entity.put("batches", e.batches());
            entity.put("longestBatchMillis", e.longestBatch().toMillis());
            entities.add(entity);
        }
        body.put("entities", entities);
        return body;
    }

    private static String text(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
