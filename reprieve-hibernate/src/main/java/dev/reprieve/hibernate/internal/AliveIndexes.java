package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.hibernate.ReprieveSettings;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;

/**
 * Puts the alive-aware indexes of one table into Hibernate's generated schema: the unique-when-alive keys
 * and the foreign-key indexes for alive reads. Created after the tables, with idempotent DDL, so
 * {@code create}, {@code create-drop} and {@code update} all work on repeated starts; dropping the table
 * drops them (and MariaDB's/H2's generated alive column).
 */
final class AliveIndexes implements AuxiliaryDatabaseObject {

    private final DdlModel model;
    private final SoftDeleteTable table;
    private final String forcedDialect;

    /**
     * @param model         the unit's model, whose tables and keys are named when the DDL is written
     * @param table         the table as the mapping holds it (its type and entity name)
     * @param forcedDialect the {@link ReprieveSettings#DIALECT} setting, or null to follow Hibernate's dialect
     */
    AliveIndexes(DdlModel model, SoftDeleteTable table, String forcedDialect) {
        this.model = model;
        this.table = table;
        this.forcedDialect = forcedDialect;
    }

    @Override
    public boolean appliesToDialect(Dialect dialect) {
        return SoftDeleteIndexes.supports(dialect, forcedDialect);
    }

    @Override
    public boolean beforeTablesOnCreation() {
        return false;
    }

    @Override
    public String[] sqlCreateStrings(SqlStringGenerationContext context) {
        var dialect = SoftDeleteIndexes.dialectFor(context.getDialect(), forcedDialect);
        AliveKeysReader.TableKeys keys = model.keys(context, table.javaType());
        List<String> ddl = new ArrayList<>();
        for (UniqueAliveConstraint key : keys.uniques()) {
            ddl.addAll(dialect.createUniqueWhenAlive(key));
        }
        for (String column : keys.foreignKeyColumns()) {
            ddl.add(dialect.createAliveForeignKeyIndex(keys.table(), column));
        }
        return ddl.toArray(String[]::new);
    }

    @Override
    public String[] sqlDropStrings(SqlStringGenerationContext context) {
        return new String[0]; // dropped with the table
    }

    @Override
    public String getExportIdentifier() {
        return "reprieve-alive-indexes-" + table.entityName();
    }
}
