package dev.reprieve.hibernate.internal;

import dev.reprieve.core.DeleterProvider;
import dev.reprieve.core.SecondDeletePolicy;
import dev.reprieve.core.UniqueAliveConstraint;
import dev.reprieve.core.schema.ForeignKeyPolicy;
import dev.reprieve.core.schema.RelationForeignKeyPolicy;
import dev.reprieve.core.schema.SchemaCheckMode;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.RelationGraph;
import dev.reprieve.hibernate.ReprieveSettings;
import dev.reprieve.hibernate.ReprieveStatementInspector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.HibernateException;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.LoadEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Wires Reprieve into each session factory that maps a soft-deletable entity: has the
 * {@link DefaultReprieveRuntime} built, keeps it in the factory's service registry, binds the factory's statement
 * inspector to its guard, replaces the delete listener and wraps the load, flush and auto-flush listeners.
 * Checks that the hard-delete guard is installed and fails startup otherwise. Registered through
 * {@code META-INF/services}.
 */
public final class ReprieveIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        SqlTableNames tableNames = SqlTableNames.of(factory);
        SoftDeleteModel model = SoftDeleteMappingReader.read(metadata.getEntityBindings(), tableNames);
        if (model.tables().isEmpty() || isBuildTimeMetamodel(factory)) {
            return;
        }
        if (!(factory.getSessionFactoryOptions().getStatementInspector() instanceof ReprieveStatementInspector)) {
            throw new HibernateException("Reprieve's hard-delete guard is not installed: set "
                    + "hibernate.session_factory.statement_inspector to " + ReprieveStatementInspector.class.getName()
                    + " (the Spring Boot starter does this for you)");
        }
        factory.addObserver(new SessionFactoryObserver() {
            @Override
            public void sessionFactoryCreated(SessionFactory created) {
                ReprievePersisters.verify(metadata, factory);
            }
        });
        Map<String, Object> settings = factory.getProperties();
        RelationGraph graph = new RelationGraph(RelationReader.read(metadata, model, tableNames),
                RelationReader.references(metadata, tableNames));
        var keys = AliveKeysReader.uniques(AliveKeysReader.read(metadata.getEntityBindings(), model));
        DefaultReprieveRuntime runtime = RuntimeAssembler.assemble(new RuntimeAssembler.Unit(factory, model,
                DialectResolver.resolve(factory, settings.get(ReprieveSettings.DIALECT)),
                setting(settings, ReprieveSettings.CLOCK, Clock.class, Clock.systemUTC()),
                setting(settings, ReprieveSettings.DELETER_PROVIDER, DeleterProvider.class, DeleterProvider.NONE),
                secondDeletePolicy(settings.get(ReprieveSettings.SECOND_DELETE)),
                graph, keys, UnitSchemas.byEntity(metadata, model), UnitSchemas.defaults(factory, settings)));
        runtime.purgeMapping(PurgeMappingReader.read(metadata, model, runtime.graph()));
        RuntimeService service = RuntimeService.service(factory);
        if (service == null) {
            throw new HibernateException("Reprieve's runtime service is missing from the session factory's registry:"
                    + " is " + ReprieveSessionFactoryServiceContributor.class.getName() + " on the class path?");
        }
        service.runtime(runtime);
        InspectorBinding.of(factory.getSessionFactoryOptions().getStatementInspector()).bind(factory, runtime.guard());
        checkSchema(metadata, model, keys, runtime, settings, factory);

        EventListenerRegistry registry = factory.getEventListenerRegistry();
        EventListenerGroup<DeleteEventListener> deletes = registry.getEventListenerGroup(EventType.DELETE);
        List<DeleteEventListener> deleteDelegates = new ArrayList<>();
        deletes.listeners().forEach(deleteDelegates::add);
        deletes.clearListeners();
        DeferredDeletes deferred = new DeferredDeletes(runtime.operations());
        deletes.appendListener(new SoftDeleteEventListener(runtime, deferred, deleteDelegates,
                RelationReader.plainCascadesByOwner(metadata, model, tableNames)));
        wrapFlushes(registry, deferred);

        EventListenerGroup<LoadEventListener> loads = registry.getEventListenerGroup(EventType.LOAD);
        List<LoadEventListener> loadDelegates = new ArrayList<>();
        loads.listeners().forEach(loadDelegates::add);
        loads.clearListeners();
        SessionReferences references = new SessionReferences();
        for (LoadEventListener delegate : loadDelegates) {
            loads.appendListener(new VisibilityLoadListener(runtime, references, delegate));
        }
        var toOnes = ReferenceReader.read(metadata, ReferenceReader.globalDefault(settings.get(ReprieveSettings.REFERENCES)));
        if (!toOnes.isEmpty()) {
            registry.getEventListenerGroup(EventType.POST_LOAD)
                    .appendListener(new DeletedReferenceListener(runtime, references, toOnes));
        }
    }

    /** Replaces the flush and auto-flush listeners by one that completes deferred deletes after them. */
    private static void wrapFlushes(EventListenerRegistry registry, DeferredDeletes deferred) {
        EventListenerGroup<FlushEventListener> flushes = registry.getEventListenerGroup(EventType.FLUSH);
        EventListenerGroup<AutoFlushEventListener> autoFlushes = registry.getEventListenerGroup(EventType.AUTO_FLUSH);
        List<FlushEventListener> flushDelegates = new ArrayList<>();
        flushes.listeners().forEach(flushDelegates::add);
        List<AutoFlushEventListener> autoFlushDelegates = new ArrayList<>();
        autoFlushes.listeners().forEach(autoFlushDelegates::add);
        DeferredDeleteFlushListener listener = new DeferredDeleteFlushListener(deferred, flushDelegates, autoFlushDelegates);
        flushes.clearListeners();
        flushes.appendListener(listener);
        autoFlushes.clearListeners();
        autoFlushes.appendListener(listener);
    }

    /** Schedules the startup schema check. */
    private static void checkSchema(Metadata metadata, SoftDeleteModel model, List<UniqueAliveConstraint> keys,
            DefaultReprieveRuntime runtime, Map<String, Object> settings, SessionFactoryImplementor factory) {
        SchemaCheckMode mode;
        try {
            mode = SchemaCheckMode.parse(settings.get(ReprieveSettings.SCHEMA_CHECK));
        } catch (IllegalArgumentException e) {
            throw new HibernateException(ReprieveSettings.SCHEMA_CHECK + ": " + e.getMessage(), e);
        }
        ForeignKeyPolicy policy = setting(settings, ReprieveSettings.FOREIGN_KEY_POLICY, ForeignKeyPolicy.class,
                new RelationForeignKeyPolicy(runtime.relations()));
        factory.addObserver(new SchemaCheck(runtime, new SchemaInspector(model, keys,
                runtime.dialect().aliveMarkerColumn(), policy, RelationReader.plainParentCascades(metadata, model, SqlTableNames.of(factory)),
                UnitSchemas.locations(metadata, model, factory)), mode));
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry serviceRegistry) {
        RuntimeService service = RuntimeService.service(factory);
        if (service != null) {
            service.runtime(null);
        }
        InspectorBinding binding = InspectorBinding.of(factory.getSessionFactoryOptions().getStatementInspector());
        if (binding != null) {
            binding.unbind(factory);
        }
    }

    private static <T> T setting(Map<String, Object> settings, String name, Class<T> type, T fallback) {
        Object value = settings.get(name);
        if (value == null) {
            return fallback;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return type.cast(Class.forName(value.toString()).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new HibernateException(name + ": expected a " + type.getName() + " or its class name, got '"
                    + value + "'", e);
        }
    }

    static SecondDeletePolicy secondDeletePolicy(Object value) {
        if (value == null || value.toString().isBlank()) {
            return SecondDeletePolicy.IGNORE;
        }
        if (value instanceof SecondDeletePolicy policy) {
            return policy;
        }
        String text = value.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return SecondDeletePolicy.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new HibernateException(ReprieveSettings.SECOND_DELETE + ": '" + value
                    + "' is not one of ignore, hard-delete", e);
        }
    }

    /**
     * Spring Data JPA's AOT processing builds a session factory of its own at build time, without a database and
     * without the application's settings, only to read the metamodel and translate queries. Reprieve's runtime
     * has nothing to do there; the application's real session factory gets it at run time.
     */
    private static boolean isBuildTimeMetamodel(SessionFactoryImplementor factory) {
        return factory.getJdbcServices().getDialect().getClass().getName()
                .startsWith("org.springframework.data.jpa.repository.aot.");
    }
}
