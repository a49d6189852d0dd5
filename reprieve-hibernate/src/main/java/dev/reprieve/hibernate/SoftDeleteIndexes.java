package dev.reprieve.hibernate;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.sql.SoftDeleteDialect;
import dev.reprieve.core.sql.SoftDeleteDialects;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;

/** Puts the soft-delete indexes of one table into Hibernate's generated schema (create and drop). */
final class SoftDeleteIndexes implements AuxiliaryDatabaseObject {

    private final SoftDeleteTable table;

    SoftDeleteIndexes(SoftDeleteTable table) {
        this.table = table;
    }

    static SoftDeleteDialect dialectFor(Dialect dialect) {
        return SoftDeleteDialects.forProductName(dialect.getClass().getSimpleName());
    }

    @Override
    public boolean appliesToDialect(Dialect dialect) {
        try {
            dialectFor(dialect);
            return true;
        } catch (IllegalArgumentException unsupported) {
            return false;
        }
    }

    @Override
    public boolean beforeTablesOnCreation() {
        return false;
    }

    @Override
    public String[] sqlCreateStrings(SqlStringGenerationContext context) {
        return dialectFor(context.getDialect()).createIndexes(table).toArray(String[]::new);
    }

    @Override
    public String[] sqlDropStrings(SqlStringGenerationContext context) {
        // dropping the table drops its indexes; dropping them first would fail where the table is absent
        return new String[0];
    }

    @Override
    public String getExportIdentifier() {
        return "reprieve-indexes-" + table.table();
    }
}
