package dev.reprieve.hibernate.internal;

import dev.reprieve.core.spi.SoftDeleteModel;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.PersistentClass;

/**
 * A unit's soft-delete model for its generated schema: read when Hibernate writes the DDL, with that DDL's
 * {@link SqlStringGenerationContext}, so Reprieve's indexes go on the tables as Hibernate names them (schema,
 * catalog and quotes included). The mapping contributor runs before any such context exists.
 */
final class DdlModel {

    private final List<PersistentClass> entities;
    private SqlStringGenerationContext context;
    private SoftDeleteModel model;
    private Map<dev.reprieve.core.SoftDeleteTable, AliveKeysReader.TableKeys> keys;

    DdlModel(Iterable<PersistentClass> entities) {
        List<PersistentClass> copy = new java.util.ArrayList<>();
        entities.forEach(copy::add);
        this.entities = List.copyOf(copy);
    }

    /** The model with its tables named for {@code ddl}; read once per context. */
    synchronized SoftDeleteModel model(SqlStringGenerationContext ddl) {
        if (ddl != context) {
            model = SoftDeleteMappingReader.read(entities, new SqlTableNames(ddl));
            keys = AliveKeysReader.read(entities, model);
            context = ddl;
        }
        return model;
    }

    /** The alive-aware keys of one soft-deletable type, its table named for {@code ddl}. */
    synchronized AliveKeysReader.TableKeys keys(SqlStringGenerationContext ddl, Class<?> type) {
        return keys.get(model(ddl).require(type));
    }
}
