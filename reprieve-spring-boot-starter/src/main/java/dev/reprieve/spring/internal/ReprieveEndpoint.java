package dev.reprieve.spring.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.schema.SchemaFinding;
import dev.reprieve.core.schema.SchemaReport;
import dev.reprieve.hibernate.ErasurePlace;
import dev.reprieve.hibernate.ErasureReport;
import dev.reprieve.hibernate.ErasureRequest;
import dev.reprieve.purge.PurgeForecast;
import dev.reprieve.purge.PurgeReport;
import dev.reprieve.purge.RetentionStatus;
import dev.reprieve.spring.ErasureService;
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
 * {@code dryRun=true} (query parameter or JSON body) only reports what would go; {@code POST /actuator/reprieve/erase}
 * with {@code {"type": "Author", "ids": [7]}} or {@code {"type": "Article", "property": "author", "value": 7}} erases
 * a data subject everywhere, and is a dry run unless the body says {@code "dryRun": false}.
 */
@Endpoint(id = "reprieve")
public class ReprieveEndpoint {

    private final RetentionService retention;
    private final ErasureService erasure;
    private final Supplier<SchemaReport> schema;

    public ReprieveEndpoint(RetentionService retention, ErasureService erasure, Supplier<SchemaReport> schema) {
        this.retention = retention;
        this.erasure = erasure;
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
    public Map<String, Object> run(@Selector String action, @Nullable Boolean dryRun, @Nullable String type,
            @Nullable String ids, @Nullable String property, @Nullable String value) {
        if ("erase".equals(action)) {
            return erase(type, ids, property, value, !Boolean.FALSE.equals(dryRun));
        }
        if (!"purge".equals(action)) {
            throw new InvalidEndpointRequestException("Unknown action '" + action + "'; POST /actuator/reprieve/purge"
                    + " or /actuator/reprieve/erase", "Unknown action");
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

    /** Plans, or with {@code dryRun} false erases, a data subject; answers the rows per entity and place. */
    private Map<String, Object> erase(String type, String ids, String property, String value, boolean dryRun) {
        ErasureReport report;
        try {
            ErasureRequest request = property != null
                    ? ErasureRequest.where(type, property, value)
                    : ErasureRequest.ids(type, ids(ids));
            report = dryRun ? erasure.plan(request) : erasure.erase(request);
        } catch (IllegalArgumentException | ReprieveException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), "Erasure refused");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", report.dryRun());
        body.put("type", report.request().entity());
        body.put("allowed", report.allowed());
        body.put("refusals", report.refusals());
        List<Map<String, Object>> entities = new ArrayList<>();
        report.rows().forEach((entity, byPlace) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("entity", entity);
            for (ErasurePlace place : ErasurePlace.values()) {
                row.put(place.name(), byPlace.getOrDefault(place, 0L));
            }
            entities.add(row);
        });
        body.put("entities", entities);
        Map<String, Object> places = new LinkedHashMap<>();
        for (ErasurePlace place : ErasurePlace.values()) {
            places.put(place.name(), report.total(place));
        }
        body.put("places", places);
        body.put("total", report.total());
        return body;
    }

    /**
     * The ids of an erase: a JSON array's text (what {@link EraseBodyAdvice} makes of {@code "ids": [7, 8]}), or
     * one id, or ids separated by commas (a query parameter).
     */
    static List<String> ids(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        String text = ids.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        List<String> list = new ArrayList<>();
        for (String id : text.split(",")) {
            String one = id.strip();
            if (one.length() >= 2 && one.startsWith("\"") && one.endsWith("\"")) {
                one = one.substring(1, one.length() - 1);
            }
            if (!one.isEmpty()) {
                list.add(one);
            }
        }
        return list;
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
