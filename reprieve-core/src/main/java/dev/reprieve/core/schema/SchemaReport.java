package dev.reprieve.core.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the startup schema check found, for logs, the fail-fast mode and the Actuator endpoint.
 *
 * @param ran      whether the check ran (it does not with {@code reprieve.schema_check=off})
 * @param findings every problem found, in table order; empty when the schema is sound
 */
public record SchemaReport(boolean ran, List<SchemaFinding> findings) {

    /** The report of a check that was switched off. */
    public static final SchemaReport NOT_RUN = new SchemaReport(false, List.of());

    public SchemaReport {
        findings = List.copyOf(findings);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    public List<SchemaFinding> findings(SchemaFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** One line per finding. */
    public String describe() {
        return findings.stream().map(SchemaFinding::toString).collect(Collectors.joining("\n"));
    }
}
