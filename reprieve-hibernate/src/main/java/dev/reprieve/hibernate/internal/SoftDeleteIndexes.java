package dev.reprieve.hibernate.internal;

import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.sql.SoftDeleteDialect;
import dev.reprieve.core.spi.sql.SoftDeleteDialects;
import dev.reprieve.hibernate.ReprieveSettings;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;

/** Puts the soft-delete indexes of one table into Hibernate's generated schema (create and drop). */
final class SoftDeleteIndexes implements AuxiliaryDatabaseObject {

    private final DdlModel model;
    private final SoftDeleteTable table;
    private final String forcedDialect;

    /**
     * @param model         the unit's model, whose tables are named when the DDL is written
     * @param table         the table as the mapping holds it (its type and entity name)
     * @param forcedDialect the {@link ReprieveSettings#DIALECT} setting, or null to follow Hibernate's dialect
     */
    SoftDeleteIndexes(DdlModel model, SoftDeleteTable table, String forcedDialect) {
        this.model = model;
        this.table = table;
        this.forcedDialect = forcedDialect;
    }

    static SoftDeleteDialect dialectFor(Dialect dialect, String forcedDialect) {
        return forcedDialect == null || forcedDialect.isBlank() ? DialectResolver.fromHibernate(dialect)
                : SoftDeleteDialects.named(forcedDialect);
    }

    @Override
    public boolean appliesToDialect(Dialect dialect) {
        return supports(dialect, forcedDialect);
    }

    static boolean supports(Dialect dialect, String forcedDialect) {
        try {
            dialectFor(dialect, forcedDialect);
            return true;
        } catch (ReprieveException unsupported) {
            return false; // startup stops in the integrator, with the engine named
        }
    }

    @Override
    public boolean beforeTablesOnCreation() {
        return false;
    }

    @Override
    public String[] sqlCreateStrings(SqlStringGenerationContext context) {
        return dialectFor(context.getDialect(), forcedDialect).createIndexes(model.model(context).require(table.javaType()))
                .toArray(String[]::new);
    }

    @Override
    public String[] sqlDropStrings(SqlStringGenerationContext context) {
        // dropping the table drops its indexes; dropping them first would fail where the table is absent
        return new String[0];
    }

    @Override
    public String getExportIdentifier() {
        return "reprieve-indexes-" + table.entityName();
    }
}
