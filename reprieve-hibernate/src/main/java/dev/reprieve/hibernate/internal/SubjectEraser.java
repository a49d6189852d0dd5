package dev.reprieve.hibernate.internal;

import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.event.Erased;
import dev.reprieve.core.event.EventIds;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.sql.InLists;
import dev.reprieve.core.spi.sql.PurgeDialect;
import dev.reprieve.core.spi.sql.SqlExecutor;
import dev.reprieve.core.spi.sql.SqlStatement;
import dev.reprieve.core.spi.sql.TrashSql;
import dev.reprieve.hibernate.ErasurePlace;
import dev.reprieve.hibernate.ErasureReport;
import dev.reprieve.hibernate.ErasureRequest;
import dev.reprieve.hibernate.spi.erase.ErasePlanner;
import dev.reprieve.hibernate.spi.erase.OwnedRows;
import dev.reprieve.purge.ErasableArchive;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.java.JavaType;

/**
 * The erasure of a data subject: plans the database rows with the {@link ErasePlanner} (the admin erase's walk
 * of the cascade graph), follows the same cascade relationships through the archive table's and the file
 * archive's rows (which the database no longer holds), then erases in this order, in one transaction: database
 * statements (dependents deepest first, archive table rows), then the files rewritten, then the commit. A failed
 * statement leaves everything as it was; a crash after files were rewritten rolls the database back, and the
 * rows still there lead the next run to everything again, so a retry finishes the erasure.
 */
public final class SubjectEraser {

    /** An archived row: its entity, its id as text, its column values (names lower-cased) and where it is. */
    private record Archived(String entity, String id, Map<String, Object> values, ErasurePlace place) {
    }

    private final DefaultReprieveRuntime runtime;
    private final ErasableArchive files;
    private final TrashSql sql;
    private final ErasePlanner planner;
    private final SqlExecutor executor;

    public SubjectEraser(DefaultReprieveRuntime runtime, ErasableArchive files) {
        this.runtime = runtime;
        this.files = files;
        this.sql = new TrashSql(runtime.dialect());
        this.planner = new ErasePlanner(sql, runtime.graph());
        this.executor = SqlExecutor.forDialect(runtime.dialect());
    }

    /** Plans, and unless {@code dryRun} erases, what {@code request} selects. */
    public ErasureReport run(ErasureRequest request, boolean dryRun) {
        SoftDeleteTable root = resolve(request.entity());
        SessionFactoryImplementor factory = runtime.sessionFactory();
        EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(root.javaType());
        try (Session session = factory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                ErasureReport report = HardDeletes.call(() -> run(session, request, root, persister, dryRun));
                if (dryRun) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
                return report;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                if (e instanceof IllegalArgumentException || e instanceof ReprieveException) {
                    throw e;
                }
                throw new ReprieveException("The database refused to erase " + request.entity() + " (" + rootCause(e)
                        + "); nothing was erased from the database", e);
            }
        }
    }

    private ErasureReport run(Session session, ErasureRequest request, SoftDeleteTable root, EntityPersister persister,
            boolean dryRun) {
        // the rows asked for: those in the table, and by id also those that may only be archived
        Object value = null;
        String column = null;
        List<Object> present = new ArrayList<>();
        List<Object> asked = new ArrayList<>();
        if (request.byProperty()) {
            column = column(persister, request.property());
            value = convert(valueType(persister, request.property()), request.value(), request.entity() + "."
                    + request.property());
            present.addAll(ids(session, root.table(), root.idColumn(), column, List.of(value)));
        } else {
            JavaType<?> idType = persister.getIdentifierMapping().getJavaType();
            for (Object id : request.ids()) {
                asked.add(ErasePlanner.normalize(convert(idType, id, request.entity() + " id")));
            }
            for (List<Object> chunk : InLists.chunks(asked, runtime.dialect())) {
                present.addAll(ids(session, root.table(), root.idColumn(), root.idColumn(), chunk));
            }
        }
        Set<Object> roots = new LinkedHashSet<>(present);
        roots.addAll(asked);
        ErasePlanner.Plan plan = planner.plan(session, root, roots, r -> false);
        Set<String> presentRoots = new HashSet<>();
        present.forEach(id -> presentRoots.add(String.valueOf(id)));

        // what the database holds, per entity
        Map<String, Map<ErasurePlace, Long>> counts = new LinkedHashMap<>();
        Map<String, Set<String>> subject = new LinkedHashMap<>();
        plan.depthByTable().forEach((table, rows) -> {
            String entity = plan.entityOfTable().get(table);
            Set<String> ids = subject.computeIfAbsent(entity, e -> new LinkedHashSet<>());
            rows.keySet().forEach(id -> ids.add(String.valueOf(id)));
            long inTable = rows.entrySet().stream().filter(e -> e.getValue() > 0 || !table.equals(root.table())
                    || presentRoots.contains(String.valueOf(e.getKey()))).count();
            counts.computeIfAbsent(entity, e -> new EnumMap<>(ErasurePlace.class)).merge(ErasurePlace.TABLE, inTable, Long::sum);
        });
        long rootRows = counts.getOrDefault(root.entityName(), Map.of()).getOrDefault(ErasurePlace.TABLE, 0L);

        // the same relationships, followed through the archives
        List<Archived> archived = archived(session, archivedEntities(root));
        if (request.byProperty()) {
            String key = column.toLowerCase(Locale.ROOT);
            String wanted = text(value);
            for (Archived a : archived) {
                if (a.entity().equals(root.entityName()) && wanted.equals(text(a.values().get(key)))) {
                    subject.computeIfAbsent(root.entityName(), e -> new LinkedHashSet<>()).add(a.id());
                }
            }
        }
        follow(archived, subject);
        List<Archived> erased = archived.stream()
                .filter(a -> subject.getOrDefault(a.entity(), Set.of()).contains(a.id())).toList();
        for (Archived a : erased) {
            counts.computeIfAbsent(a.entity(), e -> new EnumMap<>(ErasurePlace.class)).merge(a.place(), 1L, Long::sum);
            if (a.entity().equals(root.entityName())) {
                rootRows++;
            }
        }
        ErasureReport report = new ErasureReport(request, dryRun, counts, plan.refusals(), rootRows);
        if (dryRun || report.total() == 0) {
            return report;
        }
        if (!plan.refusals().isEmpty()) {
            throw new ReprieveException("Cannot erase " + request.entity() + ": " + String.join("; ", plan.refusals())
                    + ". Nothing was erased.");
        }
        eraseTables(session, plan, presentRoots, root);
        eraseArchiveTable(session, erased);
        eraseFiles(erased, subject);
        publish(root, persister.getIdentifierMapping().getJavaType(), subject, counts);
        return report;
    }

    /** Ids of {@code table}'s rows whose {@code column} is among {@code values}, through the admin's children query. */
    private List<Object> ids(Session session, String table, String idColumn, String column, List<?> values) {
        SqlStatement query = sql.children(table, idColumn, column, null, values);
        return session.doReturningWork(c -> executor.query(c, query, rs -> ErasePlanner.normalize(rs.getObject("child_id"))));
    }

    /** Database rows, deepest first: references to NULL where the graph detaches, owned collection rows, then the rows. */
    private void eraseTables(Session session, ErasePlanner.Plan plan, Set<String> presentRoots, SoftDeleteTable root) {
        session.flush();
        for (ErasePlanner.DetachStep step : plan.detaches()) {
            update(session, sql.detachWhereIn(step.relation().childTable(), step.relation().foreignKeyColumn(), step.parentIds()));
        }
        record Level(String table, int depth, List<Object> ids) {
        }
        List<Level> levels = new ArrayList<>();
        plan.depthByTable().forEach((table, rows) -> {
            Map<Integer, List<Object>> byDepth = new TreeMap<>();
            rows.forEach((id, depth) -> {
                if (depth > 0 || !table.equals(root.table()) || presentRoots.contains(String.valueOf(id))) {
                    byDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(id);
                }
            });
            byDepth.forEach((depth, ids) -> levels.add(new Level(table, depth, ids)));
        });
        levels.sort(Comparator.comparingInt(Level::depth).reversed());
        SessionFactoryImplementor factory = runtime.sessionFactory();
        for (Level level : levels) {
            EntityPersister persister = persister(factory, plan, level.table());
            List<OwnedRows> owned = OwnedRows.of(factory, persister);
            if (owned == null) {
                throw new ReprieveException("Cannot erase " + persister.getEntityName() + " rows by statement (it spans"
                        + " several tables or its collections are keyed by another column); nothing was erased");
            }
            String idColumn = plan.idColumnOfTable().get(level.table());
            for (List<Object> chunk : InLists.chunks(level.ids(), runtime.dialect())) {
                for (OwnedRows rows : owned) {
                    update(session, sql.eraseWhereIn(rows.table(), rows.keyColumn(), chunk));
                }
                int gone = update(session, sql.eraseWhereIn(level.table(), idColumn, chunk));
                if (gone != chunk.size()) {
                    throw new ReprieveException("Rows to erase changed while erasing them (" + gone + " of "
                            + chunk.size() + " in " + level.table() + "); nothing was erased");
                }
            }
            factory.getCache().evictEntityData(persister.getEntityName());
        }
    }

    private void eraseArchiveTable(Session session, List<Archived> erased) {
        Map<String, List<String>> byEntity = new LinkedHashMap<>();
        erased.stream().filter(a -> a.place() == ErasurePlace.ARCHIVE_TABLE)
                .forEach(a -> byEntity.computeIfAbsent(a.entity(), e -> new ArrayList<>()).add(a.id()));
        byEntity.forEach((entity, ids) -> {
            for (List<String> chunk : InLists.chunks(new ArrayList<>(new LinkedHashSet<>(ids)), runtime.dialect())) {
                update(session, runtime.dialect().eraseArchived(entity, chunk));
            }
        });
    }

    /** After the database statements ran and before they commit: each file replaced whole, atomically. */
    private void eraseFiles(List<Archived> erased, Map<String, Set<String>> subject) {
        Set<String> entities = new LinkedHashSet<>();
        erased.stream().filter(a -> a.place() == ErasurePlace.ARCHIVE_FILES).forEach(a -> entities.add(a.entity()));
        for (String entity : entities) {
            String idKey = idKey(entity);
            Set<String> ids = subject.get(entity);
            files.erase(entity, row -> ids.contains(text(row.get(idKey))));
        }
    }

    private void publish(SoftDeleteTable root, JavaType<?> idType, Map<String, Set<String>> subject,
            Map<String, Map<ErasurePlace, Long>> counts) {
        if (!runtime.heard()) {
            return;
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Map<String, Long>> places = new LinkedHashMap<>();
        counts.forEach((entity, byPlace) -> byPlace.forEach((place, n) -> {
            rows.merge(entity, n, Long::sum);
            places.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(place.name(), n);
        }));
        Set<String> rootIds = subject.getOrDefault(root.entityName(), Set.of());
        List<Object> ids = rootIds.stream().limit(EventIds.LIMIT).map(id -> ErasePlanner.normalize(idType.fromString(id)))
                .toList();
        runtime.publish(new Erased(root.entityName(), new EventIds(ids, rootIds.size()), rows, runtime.currentDeleter(),
                runtime.now(), places));
    }

    /** Soft-deletable entities the cascade reaches from {@code root}, {@code root} first: those the purge archives. */
    private List<String> archivedEntities(SoftDeleteTable root) {
        Set<String> reached = new LinkedHashSet<>(List.of(root.entityName()));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Relation r : runtime.graph().relations()) {
                if (r.action() == SoftDeleteAction.CASCADE && r.childSoftDeletable()
                        && reached.contains(r.parent().entityName())) {
                    grew |= reached.add(r.child().entityName());
                }
            }
        }
        return new ArrayList<>(reached);
    }

    /** Adds to {@code subject} every archived row whose foreign key, along a cascading relationship, names a subject row. */
    private void follow(List<Archived> archived, Map<String, Set<String>> subject) {
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Relation r : runtime.graph().relations()) {
                if (r.action() != SoftDeleteAction.CASCADE || !r.childSoftDeletable()) {
                    continue;
                }
                Set<String> parents = subject.getOrDefault(r.parent().entityName(), Set.of());
                if (parents.isEmpty()) {
                    continue;
                }
                String fk = r.foreignKeyColumn().replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
                for (Archived a : archived) {
                    if (a.entity().equals(r.child().entityName()) && parents.contains(text(a.values().get(fk)))) {
                        grew |= subject.computeIfAbsent(a.entity(), e -> new LinkedHashSet<>()).add(a.id());
                    }
                }
            }
        }
    }

    /** Every archived row of these entities, in the archive table (when there is one) and the file archive. */
    private List<Archived> archived(Session session, List<String> entities) {
        List<Archived> rows = new ArrayList<>();
        if (session.doReturningWork(this::archiveTableExists)) {
            SqlStatement query = runtime.dialect().archivedRows(entities);
            rows.addAll(session.doReturningWork(c -> executor.query(c, query, rs -> new Archived(rs.getString(1),
                    rs.getString(2), ArchivePayload.read(rs.getString(3)), ErasurePlace.ARCHIVE_TABLE))));
        }
        if (files != null) {
            for (String entity : entities) {
                String idKey = idKey(entity);
                files.read(entity, row -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    row.forEach((k, v) -> values.put(k.toLowerCase(Locale.ROOT), v));
                    rows.add(new Archived(entity, text(values.get(idKey)), values, ErasurePlace.ARCHIVE_FILES));
                });
            }
        }
        return rows;
    }

    private boolean archiveTableExists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : List.of(PurgeDialect.ARCHIVE_TABLE, PurgeDialect.ARCHIVE_TABLE.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(c.getCatalog(), null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private String idKey(String entity) {
        return runtime.model().forEntityName(entity).map(SoftDeleteTable::idColumn).orElse("id")
                .replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    private SoftDeleteTable resolve(String entity) {
        return runtime.model().forEntityName(entity)
                .or(() -> runtime.model().tables().stream().filter(t -> t.javaType().getName().equals(entity)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("Unknown soft-deletable type '" + entity + "'; known: "
                        + runtime.model().tables().stream().map(SoftDeleteTable::entityName).sorted().toList()));
    }

    /** The single column of a mapped basic or to-one property, or a clear refusal. */
    private static String column(EntityPersister persister, String property) {
        AttributeMapping attribute = persister.findAttributeMapping(property);
        if (attribute == null || attribute instanceof PluralAttributeMapping
                || !(persister instanceof AbstractEntityPersister entity)) {
            throw new IllegalArgumentException("Unknown property '" + property + "' of " + persister.getEntityName()
                    + " to erase by; a mapped basic or to-one property is needed");
        }
        String[] columns = entity.getPropertyColumnNames(property);
        if (columns == null || columns.length != 1) {
            throw new IllegalArgumentException("Property '" + property + "' of " + persister.getEntityName()
                    + " spans " + (columns == null ? 0 : columns.length) + " columns; erasing by it needs exactly one");
        }
        return columns[0];
    }

    private static JavaType<?> valueType(EntityPersister persister, String property) {
        AttributeMapping attribute = persister.findAttributeMapping(property);
        if (attribute instanceof ToOneAttributeMapping toOne) {
            return toOne.getEntityMappingType().getIdentifierMapping().getJavaType();
        }
        return attribute.getJavaType();
    }

    /** A value of the mapped Java type, from what the caller gave (e.g. a JSON number or text). */
    private static Object convert(JavaType<?> type, Object value, String what) {
        if (type.getJavaTypeClass().isInstance(value)) {
            return value;
        }
        try {
            return type.fromString(String.valueOf(value));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + what + " ("
                    + type.getJavaTypeClass().getSimpleName() + ")");
        }
    }

    /** Values compared as text: ids and foreign keys read back from JDBC, JSON or the files. */
    private static String text(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal) && !(value instanceof Double)
                && !(value instanceof Float)) {
            return String.valueOf(n.longValue());
        }
        if (value instanceof java.math.BigDecimal d) {
            try {
                return String.valueOf(d.longValueExact());
            } catch (ArithmeticException notInteger) {
                return d.toPlainString();
            }
        }
        return String.valueOf(value);
    }

    private static EntityPersister persister(SessionFactoryImplementor factory, ErasePlanner.Plan plan, String table) {
        String entity = plan.entityOfTable().get(table);
        SoftDeleteTable soft = plan.tables().get(table);
        if (soft != null) {
            return factory.getMappingMetamodel().getEntityDescriptor(soft.javaType());
        }
        EntityPersister persister = factory.getMappingMetamodel().findEntityDescriptor(entity);
        return persister != null ? persister : factory.getMappingMetamodel()
                .getEntityDescriptor(factory.getJpaMetamodel().entity(entity).getHibernateEntityName());
    }

    private int update(Session session, SqlStatement statement) {
        return session.doReturningWork(c -> executor.update(c, statement));
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
