package dev.reprieve.core.sql;

/** H2, the embedded database of the demo and of server-less tests: plain indexes. */
public final class H2Dialect implements SoftDeleteDialect {

    @Override
    public String name() {
        return "h2";
    }
}
