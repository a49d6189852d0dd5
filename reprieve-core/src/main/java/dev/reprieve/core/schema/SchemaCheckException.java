package dev.reprieve.core.schema;

import dev.reprieve.core.ReprieveException;

/** Startup refused by {@code reprieve.schema_check=fail}; the message lists every finding. */
public class SchemaCheckException extends ReprieveException {

    private final transient SchemaReport report;

    public SchemaCheckException(SchemaReport report) {
        super("Reprieve's schema check found " + report.findings().size() + " problem(s) with soft-deletable tables"
                + " (set reprieve.schema_check=warn to start anyway):\n" + report.describe());
        this.report = report;
    }

    public SchemaReport report() {
        return report;
    }
}
