package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.VisibilityScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-type browse page (the seed's "Show deleted" toggle): all rows of one type in id order, alive
 * only or alive and deleted, deleted ones marked. A window of rows through JPA, never the whole table.
 */
public class TypeBrowser {

    /** One row of the browse page. */
    public record Row(String id, String label, Instant deletedAt, String deletedBy, String deletionId) {
        public boolean deleted() {
            return deletedAt != null;
        }
    }

    /** A page of rows and whether there are more. */
    public record Page(String type, boolean showDeleted, int page, int size, long total, List<Row> rows) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    private final TrashTypes types;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    public TypeBrowser(TrashTypes types, EntityManager sharedEntityManager, TransactionTemplate readOnly) {
        this.types = types;
        this.entityManager = sharedEntityManager;
        this.readOnly = readOnly;
    }

    public Page page(String typeName, boolean showDeleted, int page, int size) {
        TrashType type = types.require(typeName);
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequestException("page must be >= 0 and size between 1 and 500");
        }
        return readOnly.execute(status -> {
            Session session = entityManager.unwrap(Session.class);
            EntityPersister persister = session.getSessionFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                    .getMappingMetamodel().getEntityDescriptor(type.javaType());
            String idName = persister.getIdentifierPropertyName();
            return VisibilityScope.call(session, showDeleted ? Visibility.ALL : Visibility.ALIVE, () -> {
                CriteriaBuilder cb = session.getCriteriaBuilder();
                CriteriaQuery<Long> count = cb.createQuery(Long.class);
                count.select(cb.count(count.from(type.javaType())));
                long total = session.createQuery(count).getSingleResult();
                CriteriaQuery<Object> query = cb.createQuery(Object.class);
                Root<?> root = query.from(type.javaType());
                query.select(root).orderBy(cb.asc(root.get(idName)));
                List<Row> rows = new ArrayList<>();
                for (Object entity : session.createQuery(query).setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList()) {
                    rows.add(row(persister, type, entity));
                }
                return new Page(type.name(), showDeleted, page, size, total, rows);
            });
        });
    }

    private static Row row(EntityPersister persister, TrashType type, Object entity) {
        Object id = persister.getIdentifier(entity, (org.hibernate.engine.spi.SharedSessionContractImplementor) null);
        String label = type.labelAttribute() != null ? String.valueOf(value(persister, entity, type.labelAttribute()))
                : type.hasToString() ? String.valueOf(entity) : type.name() + " #" + id;
        return new Row(String.valueOf(id), label, (Instant) value(persister, entity, "deletedAt"),
                (String) value(persister, entity, "deletedBy"), (String) value(persister, entity, "deletionId"));
    }

    private static Object value(EntityPersister persister, Object entity, String attribute) {
        return persister.getValue(entity, persister.findAttributeMapping(attribute).getStateArrayPosition());
    }
}
