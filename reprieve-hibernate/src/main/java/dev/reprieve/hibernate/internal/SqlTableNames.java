package dev.reprieve.hibernate.internal;

import java.util.function.Function;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.Table;

/**
 * Names a mapped table in Reprieve's SQL exactly as Hibernate's own SQL names it: through Hibernate's
 * {@link SqlStringGenerationContext}, so it is qualified with the schema and catalog when the mapping or
 * {@code hibernate.default_schema}/{@code default_catalog} qualify it, and quoted as the dialect quotes.
 */
final class SqlTableNames implements Function<Table, String> {

    /** Unqualified and unquoted, as the boot mapping holds it: for what never reaches SQL (filters, checks). */
    static final Function<Table, String> BOOT = Table::getName;

    private final SqlStringGenerationContext context;

    SqlTableNames(SqlStringGenerationContext context) {
        this.context = context;
    }

    static SqlTableNames of(SessionFactoryImplementor factory) {
        return new SqlTableNames(factory.getSqlStringGenerationContext());
    }

    @Override
    public String apply(Table table) {
        return context.format(table.getQualifiedTableName());
    }
}
