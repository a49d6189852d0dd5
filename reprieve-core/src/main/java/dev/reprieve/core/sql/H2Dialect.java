package dev.reprieve.core.sql;

/** H2, the embedded database of the demo and of server-less tests: plain indexes. */
public final class H2Dialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "h2";
    }

    // ---- the admin's trash and history (see TrashSql, AuditSql) ----

    @Override
    public String castToText(String expression) {
        return "CAST(" + expression + " AS VARCHAR)";
    }

    @Override
    public String castToInteger(String expression) {
        return "CAST(" + expression + " AS BIGINT)";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }
}
