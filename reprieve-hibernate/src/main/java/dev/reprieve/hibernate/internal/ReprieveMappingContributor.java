package dev.reprieve.hibernate.internal;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.hibernate.ReprieveSettings;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.FilterDefinition;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Value;

/**
 * Runs once per persistence unit, after Hibernate has bound the annotations: attaches the scope filters
 * to every soft-deletable entity and to every collection of one, and adds the soft-delete indexes to the
 * generated schema. (The default view is applied by Reprieve's persisters, see {@link ReprievePersisters}.) Registered through {@code META-INF/services}.
 */
public final class ReprieveMappingContributor implements AdditionalMappingContributor {

    @Override
    public String getContributorName() {
        return "reprieve";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
            ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        SupportedHibernate.check();
        SoftDeleteModel model = SoftDeleteMappingReader.read(metadata.getEntityBindings(), SqlTableNames.BOOT);
        if (model.tables().isEmpty()) {
            return;
        }
        // neither applies to loads by key: a find is answered by the load listener, and a to-one reference
        // to a deleted row follows its ReferencePolicy instead of failing as "filtered"
        metadata.addFilterDefinition(new FilterDefinition(SoftDeleteFilters.ALL, null, false, false, null, null));
        metadata.addFilterDefinition(new FilterDefinition(SoftDeleteFilters.DELETED, null, false, false, null, null));

        boolean createIndexes = createIndexes(buildingContext);
        String forcedDialect = forcedDialect(buildingContext);
        AliveKeysReader.read(metadata.getEntityBindings(), model); // a key that cannot be enforced fails startup here
        DdlModel ddl = new DdlModel(metadata.getEntityBindings());
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity instanceof RootClass && SoftDeleteMappingReader.isSoftDeletable(entity)) {
                SoftDeleteTable table = model.forType(entity.getMappedClass()).orElseThrow();
                entity.addFilter(SoftDeleteFilters.ALL, SoftDeleteFilters.allCondition(), true, Map.of(), Map.of());
                entity.addFilter(SoftDeleteFilters.DELETED, SoftDeleteFilters.deletedCondition(table), true, Map.of(), Map.of());
                if (createIndexes) {
                    metadata.getDatabase().addAuxiliaryDatabaseObject(new SoftDeleteIndexes(ddl, table, forcedDialect));
                    metadata.getDatabase().addAuxiliaryDatabaseObject(new AliveIndexes(ddl, table, forcedDialect));
                }
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            elementTable(collection, metadata, model).ifPresent(table -> filter(collection, table));
        }
    }

    private static void filter(Collection collection, SoftDeleteTable table) {
        if (collection.getElement() instanceof OneToMany) {
            collection.addFilter(SoftDeleteFilters.ALL, SoftDeleteFilters.allCondition(), true, Map.of(), Map.of());
            collection.addFilter(SoftDeleteFilters.DELETED, SoftDeleteFilters.deletedCondition(table), true, Map.of(), Map.of());
        } else {
            collection.addManyToManyFilter(SoftDeleteFilters.ALL, SoftDeleteFilters.allCondition(), true, Map.of(), Map.of());
            collection.addManyToManyFilter(SoftDeleteFilters.DELETED, SoftDeleteFilters.deletedCondition(table), true, Map.of(), Map.of());
        }
    }

    private static Optional<SoftDeleteTable> elementTable(Collection collection, InFlightMetadataCollector metadata,
            SoftDeleteModel model) {
        Value element = collection.getElement();
        String target;
        if (element instanceof OneToMany oneToMany) {
            target = oneToMany.getReferencedEntityName();
        } else if (element instanceof ManyToOne manyToMany) {
            target = manyToMany.getReferencedEntityName();
        } else {
            return Optional.empty();
        }
        PersistentClass targetEntity = metadata.getEntityBinding(target);
        if (targetEntity == null || targetEntity.getMappedClass() == null) {
            return Optional.empty();
        }
        return model.forType(targetEntity.getMappedClass());
    }

    private static String forcedDialect(MetadataBuildingContext context) {
        Object value = context.getBootstrapContext().getServiceRegistry().requireService(ConfigurationService.class)
                .getSettings().get(ReprieveSettings.DIALECT);
        return value == null ? null : value.toString();
    }

    private static boolean createIndexes(MetadataBuildingContext context) {
        Object value = context.getBootstrapContext().getServiceRegistry().requireService(ConfigurationService.class)
                .getSettings().get(ReprieveSettings.CREATE_INDEXES);
        return value == null || Boolean.parseBoolean(value.toString());
    }
}
