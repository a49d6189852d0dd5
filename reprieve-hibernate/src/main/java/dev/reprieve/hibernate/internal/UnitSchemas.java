package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.SoftDeleteModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedTableName;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.env.spi.IdentifierHelper;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.PersistentClass;

/**
 * Which schema each soft-deletable table of a persistence unit lives in, and which schemas an unqualified table
 * name may mean on its connections: what the hard-delete guard needs to tell this unit's tables from same-named
 * tables of another schema. Where the database calls a schema a catalog (MariaDB and MySQL databases), the catalog
 * stands in for it.
 */
final class UnitSchemas {

    private UnitSchemas() {
    }

    /** The schema each soft-deletable entity's table is mapped to, explicitly or by the unit's default schema. */
    static Map<String, String> byEntity(Metadata metadata, SoftDeleteModel model) {
        Map<String, String> schemas = new HashMap<>();
        for (SoftDeleteTable table : model.tables()) {
            PersistentClass entity = metadata.getEntityBinding(table.javaType().getName());
            if (entity == null) {
                continue;
            }
            QualifiedTableName name = entity.getTable().getQualifiedTableName();
            String schema = text(name.getSchemaName());
            if (schema == null) {
                schema = text(name.getCatalogName());
            }
            if (schema != null) {
                schemas.put(table.entityName(), schema);
            }
        }
        return schemas;
    }

    /**
     * Where each soft-deletable entity's table lives when the mapping or the unit's default schema/catalog
     * qualifies it, named as JDBC metadata expects: what the schema check reads instead of the connection's schema.
     */
    static Map<String, SchemaInspector.Location> locations(Metadata metadata, SoftDeleteModel model,
            SessionFactoryImplementor factory) {
        IdentifierHelper helper = factory.getJdbcServices().getJdbcEnvironment().getIdentifierHelper();
        Map<String, SchemaInspector.Location> locations = new HashMap<>();
        for (SoftDeleteTable table : model.tables()) {
            PersistentClass entity = metadata.getEntityBinding(table.javaType().getName());
            if (entity == null) {
                continue;
            }
            QualifiedTableName name = factory.getSqlStringGenerationContext()
                    .withDefaults(entity.getTable().getQualifiedTableName());
            if (name.getCatalogName() != null || name.getSchemaName() != null) {
                locations.put(table.entityName(), new SchemaInspector.Location(
                        name.getCatalogName() == null ? null : helper.toMetaDataCatalogName(name.getCatalogName()),
                        name.getSchemaName() == null ? null : helper.toMetaDataSchemaName(name.getSchemaName())));
            }
        }
        return locations;
    }

    /**
     * The schemas an unqualified table name may resolve to: the configured default schema and catalog, and the
     * current ones Hibernate found on the connection at startup. Empty when none is known.
     */
    static Set<String> defaults(SessionFactoryImplementor factory, Map<String, Object> settings) {
        Set<String> defaults = new HashSet<>();
        add(defaults, settings.get(AvailableSettings.DEFAULT_SCHEMA));
        add(defaults, settings.get(AvailableSettings.DEFAULT_CATALOG));
        JdbcEnvironment environment = factory.getJdbcServices().getJdbcEnvironment();
        add(defaults, text(environment.getCurrentSchema()));
        add(defaults, text(environment.getCurrentCatalog()));
        return defaults;
    }

    private static void add(Set<String> defaults, Object value) {
        if (value != null && !value.toString().isBlank()) {
            defaults.add(value.toString());
        }
    }

    private static String text(Identifier identifier) {
        return identifier == null ? null : identifier.getText();
    }
}
