package dev.reprieve.hibernate.internal;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.OnSoftDelete;
import dev.reprieve.core.SoftDeleteAction;
import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.schema.SchemaFinding.Kind;
import dev.reprieve.core.schema.SchemaFinding;
import dev.reprieve.core.spi.SoftDeleteModel;
import dev.reprieve.core.spi.cascade.Relation;
import dev.reprieve.core.spi.cascade.TableReference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.PrimaryKey;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.ToOne;

/**
 * Reads, from Hibernate's boot mapping, every foreign-key relationship into a soft-deletable table and the
 * {@link SoftDeleteAction} it gets: the {@link OnSoftDelete} annotation on either side, else the default
 * derived from JPA cascades, orphan removal and {@code @OnDelete}. Bad combinations fail here, at startup.
 */
final class RelationReader {

    private final Metadata metadata;
    private final SoftDeleteModel model;
    private final Function<Table, String> tableNames;

    private RelationReader(Metadata metadata, SoftDeleteModel model, Function<Table, String> tableNames) {
        this.metadata = metadata;
        this.model = model;
        this.tableNames = tableNames;
    }

    /** @param tableNames how a table is named in Reprieve's SQL, as the model's tables are ({@link SqlTableNames}) */
    static List<Relation> read(Metadata metadata, SoftDeleteModel model, Function<Table, String> tableNames) {
        return new RelationReader(metadata, model, tableNames).read();
    }

    /**
     * Every single-column foreign key between the unit's tables, from entity tables, join tables and collection
     * tables alike, named as {@code tableNames} names them: the references of the unit's relation graph, which the
     * purge orders its deletes by.
     */
    static List<TableReference> references(Metadata metadata, Function<Table, String> tableNames) {
        List<TableReference> references = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                for (ForeignKey fk : table.getForeignKeyCollection()) {
                    if (fk.getColumnSpan() != 1 || fk.getReferencedTable() == null) {
                        continue;
                    }
                    PrimaryKey key = table.getPrimaryKey();
                    references.add(new TableReference(tableNames.apply(table),
                            key != null && key.getColumnSpan() == 1 ? key.getColumn(0).getQuotedName() : null,
                            fk.getColumn(0).getQuotedName(), tableNames.apply(fk.getReferencedTable())));
                }
            }
        }
        return List.copyOf(references);
    }

    /**
     * Properties of plain entities whose delete cascades (JPA {@code REMOVE} or orphan removal) into a
     * soft-deletable entity: those children are soft-deleted and stay in their table, so the plain parent's own
     * {@code DELETE} then fails on their foreign key. Reported by the schema check.
     */
    static List<SchemaFinding> plainParentCascades(Metadata metadata, SoftDeleteModel model,
            Function<Table, String> tableNames) {
        RelationReader reader = new RelationReader(metadata, model, tableNames);
        List<SchemaFinding> findings = new ArrayList<>();
        for (PersistentClass owner : metadata.getEntityBindings()) {
            if (owner.getMappedClass() == null || model.forType(owner.getMappedClass()).isPresent()) {
                continue;
            }
            for (Property property : owner.getPropertyClosure()) {
                String target = property.getValue() instanceof Collection c && c.getElement() instanceof OneToMany o
                        ? o.getReferencedEntityName()
                        : property.getValue() instanceof ToOne t ? t.getReferencedEntityName() : null;
                if (target == null || !removes(property)) {
                    continue;
                }
                String name = entityName(owner) + "." + property.getName();
                reader.softDeletable(target).ifPresent(child -> findings.add(new SchemaFinding(
                        Kind.PLAIN_PARENT_CASCADE, child.entityName(), child.table(), name, name + " cascades its delete"
                        + " into soft-deletable " + child.entityName() + ", but " + entityName(owner) + " is not"
                        + " soft-deletable: the " + child.entityName() + " rows are soft-deleted and stay, so deleting a "
                        + entityName(owner) + " fails on their foreign key; make " + entityName(owner)
                        + " soft-deletable or drop the cascade")));
            }
        }
        return findings;
    }

    /**
     * A plain entity's collection whose delete cascades into soft-deletable children that hold the foreign
     * key: deleting an owner that has such children is refused at {@code remove()} (see
     * {@link SoftDeleteEventListener}), since the owner's own DELETE would fail on their foreign key.
     *
     * @param owner            the plain entity's Hibernate entity name
     * @param name             {@code Depot.boxes}
     * @param childEntity      the soft-deletable entity
     * @param childTable       its table
     * @param foreignKeyColumn the column of {@code childTable} that references the owner
     */
    record PlainCascade(String owner, String name, String childEntity, String childTable, String foreignKeyColumn) {
    }

    /** @return the plain owners' collections that cascade into soft-deletable children, by owner entity name */
    static Map<String, List<PlainCascade>> plainCascadesByOwner(Metadata metadata, SoftDeleteModel model,
            Function<Table, String> tableNames) {
        RelationReader reader = new RelationReader(metadata, model, tableNames);
        Map<String, List<PlainCascade>> byOwner = new java.util.HashMap<>();
        for (PersistentClass owner : metadata.getEntityBindings()) {
            if (owner.getMappedClass() == null || model.forType(owner.getMappedClass()).isPresent()) {
                continue;
            }
            for (Property property : owner.getPropertyClosure()) {
                if (!(property.getValue() instanceof Collection c) || !(c.getElement() instanceof OneToMany o)
                        || !removes(property)) {
                    continue;
                }
                Optional<Column> fk = singleColumn(c.getKey().getSelectables());
                reader.softDeletable(o.getReferencedEntityName()).filter(child -> fk.isPresent()).ifPresent(child ->
                        byOwner.computeIfAbsent(owner.getEntityName(), k -> new ArrayList<>()).add(new PlainCascade(
                                entityName(owner), entityName(owner) + "." + property.getName(), child.entityName(),
                                reader.tableNames.apply(c.getCollectionTable()), fk.get().getQuotedName())));
            }
        }
        return byOwner;
    }

    private List<Relation> read() {
        List<Relation> relations = new ArrayList<>();
        for (PersistentClass child : metadata.getEntityBindings()) {
            for (Property property : child.getPropertyClosure()) {
                if (property.getValue() instanceof ManyToOne toOne && declaredHere(child, property)) {
                    toOneRelation(child, property, toOne).ifPresent(relations::add);
                }
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            collectionRelation(collection).ifPresent(relations::add);
        }
        return List.copyOf(relations);
    }

    /** A {@code @ManyToOne} or owning {@code @OneToOne} on the child, optionally with an inverse side on the parent. */
    private Optional<Relation> toOneRelation(PersistentClass child, Property property, ManyToOne toOne) {
        Optional<SoftDeleteTable> parent = softDeletable(toOne.getReferencedEntityName());
        if (parent.isEmpty() || toOne.getReferencedPropertyName() != null) {
            return Optional.empty();
        }
        String name = entityName(child) + "." + property.getName();
        Optional<Column> fk = singleColumn(toOne.getSelectables());
        SoftDeleteAction childSide = annotation(child.getMappedClass(), property.getName());
        PersistentClass parentClass = metadata.getEntityBinding(toOne.getReferencedEntityName());
        Property inverse = inverseProperty(parentClass, child, property.getName());
        SoftDeleteAction parentSide = inverse == null ? null : annotation(parentClass.getMappedClass(), inverse.getName());
        if (childSide != null && parentSide != null && childSide != parentSide) {
            throw new NotSoftDeletableException(name + ": @OnSoftDelete(" + childSide + ") on the reference and @OnSoftDelete("
                    + parentSide + ") on the inverse side disagree; keep one");
        }
        SoftDeleteAction explicit = childSide != null ? childSide : parentSide;
        if (fk.isEmpty()) {
            return unsupported(name, explicit, "a composite foreign key");
        }
        Table table = toOne.getTable();
        Optional<SoftDeleteTable> childTable = childTable(child, table);
        if (childTable.isEmpty() && model.isSoftDeletable(child.getMappedClass())) {
            return unsupported(name, explicit, "a foreign key outside the root table of a soft-deletable hierarchy");
        }
        SoftDeleteAction action = explicit != null ? explicit
                : derived(inverse != null && removes(inverse), toOne.getOnDeleteAction(), childTable.isPresent());
        return Optional.of(relation(name, parent.get(), child, table, fk.get(), childTable.orElse(null), action));
    }

    /** A unidirectional {@code @OneToMany @JoinColumn}: the foreign key sits in the child table without a to-one. */
    private Optional<Relation> collectionRelation(Collection collection) {
        Property property = propertyOf(collection);
        String name = entityName(collection.getOwner()) + "." + (property == null ? collection.getRole() : property.getName());
        SoftDeleteAction explicit = property == null ? null
                : annotation(collection.getOwner().getMappedClass(), property.getName());
        if (!(collection.getElement() instanceof OneToMany oneToMany)) {
            if (explicit != null) {
                throw new NotSoftDeletableException(name + ": @OnSoftDelete applies to foreign-key relationships only;"
                        + " join-table and element-collection rows stay while their owner row stays, and go with a hard delete");
            }
            return Optional.empty();
        }
        if (collection.isInverse()) {
            return Optional.empty(); // read from the owning @ManyToOne
        }
        Optional<SoftDeleteTable> parent = model.forType(collection.getOwner().getMappedClass());
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        PersistentClass child = metadata.getEntityBinding(oneToMany.getReferencedEntityName());
        Optional<Column> fk = singleColumn(collection.getKey().getSelectables());
        if (fk.isEmpty()) {
            return unsupported(name, explicit, "a composite foreign key");
        }
        Table table = collection.getCollectionTable();
        Optional<SoftDeleteTable> childTable = childTable(child, table);
        if (childTable.isEmpty() && model.isSoftDeletable(child.getMappedClass())) {
            return unsupported(name, explicit, "a foreign key outside the root table of a soft-deletable hierarchy");
        }
        OnDeleteAction onDelete = collection.getKey() instanceof org.hibernate.mapping.SimpleValue key ? key.getOnDeleteAction() : null;
        SoftDeleteAction action = explicit != null ? explicit
                : derived(property != null && removes(property) || collection.hasOrphanDelete(), onDelete, childTable.isPresent());
        return Optional.of(relation(name, parent.get(), child, table, fk.get(), childTable.orElse(null), action));
    }

    private Relation relation(String name, SoftDeleteTable parent, PersistentClass child, Table table, Column fk,
            SoftDeleteTable childTable, SoftDeleteAction action) {
        if (action == SoftDeleteAction.CASCADE && childTable == null) {
            throw new NotSoftDeletableException(name + ": CASCADE needs " + entityName(child) + " to be @SoftDeletable"
                    + " (a cascade must not hard-delete it); make it soft-deletable or use @OnSoftDelete(IGNORE|DETACH|RESTRICT)");
        }
        if (action == SoftDeleteAction.DETACH && !fk.isNullable()) {
            throw new NotSoftDeletableException(name + ": DETACH sets " + fk.getName() + " to NULL, but the column is"
                    + " NOT NULL; make the reference optional or choose another @OnSoftDelete action");
        }
        String idColumn = table.getPrimaryKey().getColumns().get(0).getQuotedName();
        return new Relation(name, parent, entityName(child), tableNames.apply(table), idColumn, fk.getQuotedName(),
                childTable, action);
    }

    /** The default: what JPA (or the foreign key) would do to the dependents on a real delete. */
    private static SoftDeleteAction derived(boolean jpaRemoves, OnDeleteAction onDelete, boolean childSoftDeletable) {
        if (jpaRemoves || onDelete == OnDeleteAction.CASCADE) {
            return childSoftDeletable ? SoftDeleteAction.CASCADE : SoftDeleteAction.IGNORE;
        }
        if (onDelete == OnDeleteAction.SET_NULL) {
            return SoftDeleteAction.DETACH;
        }
        return childSoftDeletable ? SoftDeleteAction.RESTRICT : SoftDeleteAction.IGNORE;
    }

    private Optional<Relation> unsupported(String name, SoftDeleteAction explicit, String what) {
        if (explicit != null && explicit != SoftDeleteAction.IGNORE) {
            throw new NotSoftDeletableException(name + ": @OnSoftDelete(" + explicit + ") is not supported on " + what);
        }
        return Optional.empty();
    }

    /** The child's soft-delete metadata, when the foreign key lives in the table that holds its deleted_at. */
    private Optional<SoftDeleteTable> childTable(PersistentClass child, Table table) {
        return model.forType(child.getMappedClass())
                .filter(t -> t.table().equals(tableNames.apply(table)));
    }

    private static boolean removes(Property property) {
        var style = property.getCascadeStyle();
        return style.doCascade(CascadingActions.REMOVE) || style.hasOrphanDelete()
                || property.getValue() instanceof Collection c && c.hasOrphanDelete();
    }

    /** The parent's {@code @OneToMany(mappedBy)} or {@code @OneToOne(mappedBy)} pointing back at this reference. */
    private static Property inverseProperty(PersistentClass parent, PersistentClass child, String referenceName) {
        if (parent == null) {
            return null;
        }
        for (Property p : parent.getPropertyClosure()) {
            if (p.getValue() instanceof Collection c && c.isInverse() && c.getElement() instanceof OneToMany o
                    && referenceName.equals(c.getMappedByProperty()) && isSameOrSuper(o.getReferencedEntityName(), child)) {
                return p;
            }
            if (p.getValue() instanceof OneToOne o && referenceName.equals(o.getMappedByProperty())
                    && isSameOrSuper(o.getReferencedEntityName(), child)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isSameOrSuper(String entityName, PersistentClass child) {
        for (PersistentClass c = child; c != null; c = c.getSuperclass()) {
            if (c.getEntityName().equals(entityName)) {
                return true;
            }
        }
        return false;
    }

    /** Only the class whose table holds the column reads a property, so inherited ones are not read twice. */
    private static boolean declaredHere(PersistentClass entity, Property property) {
        PersistentClass superclass = entity.getSuperclass();
        if (superclass == null) {
            return true;
        }
        for (Property p : superclass.getPropertyClosure()) {
            if (p.getName().equals(property.getName())) {
                return false;
            }
        }
        return true;
    }

    private static Property propertyOf(Collection collection) {
        for (Property p : collection.getOwner().getPropertyClosure()) {
            if (p.getValue() == collection) {
                return p;
            }
        }
        return null;
    }

    private Optional<SoftDeleteTable> softDeletable(String entityName) {
        PersistentClass entity = metadata.getEntityBinding(entityName);
        return entity == null || entity.getMappedClass() == null ? Optional.empty() : model.forType(entity.getMappedClass());
    }

    private static Optional<Column> singleColumn(List<Selectable> selectables) {
        return selectables.size() == 1 && selectables.get(0) instanceof Column c ? Optional.of(c) : Optional.empty();
    }

    private static String entityName(PersistentClass entity) {
        return entity.getJpaEntityName() != null ? entity.getJpaEntityName() : entity.getEntityName();
    }

    /** The {@link OnSoftDelete} on a field or getter of that name, searching superclasses. */
    static SoftDeleteAction annotation(Class<?> type, String propertyName) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(propertyName) && f.isAnnotationPresent(OnSoftDelete.class)) {
                    return f.getAnnotation(OnSoftDelete.class).value();
                }
            }
            String suffix = propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
            for (Method m : c.getDeclaredMethods()) {
                if ((m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix))
                        && m.getParameterCount() == 0 && m.isAnnotationPresent(OnSoftDelete.class)) {
                    return m.getAnnotation(OnSoftDelete.class).value();
                }
            }
        }
        return null;
    }
}
