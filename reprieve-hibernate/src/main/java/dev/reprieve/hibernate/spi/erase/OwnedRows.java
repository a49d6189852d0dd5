package dev.reprieve.hibernate.spi.erase;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * A table whose rows belong to an erased row: a join table or element collection, keyed by the owner's id.
 * What a set-based erase deletes just before the rows that own them (Hibernate's remove would delete them too).
 *
 * @param table     the collection table
 * @param keyColumn its column holding the owner's id
 */
public record OwnedRows(String table, String keyColumn) {

    /**
     * The collection rows Hibernate deletes along with a row of this entity, or {@code null} when a DELETE by
     * id cannot stand in for Hibernate's remove: the entity spans several tables, a collection is keyed by
     * another column than the id, or removing the row updates other rows (a one-to-many without mappedBy).
     */
    public static List<OwnedRows> of(SessionFactoryImplementor factory, EntityPersister persister) {
        if (!(persister instanceof AbstractEntityPersister entity) || entity.getTableSpan() != 1
                || entity.getSubclassTableSpan() != 1) {
            return null;
        }
        String table = entity.getTableName();
        List<OwnedRows> owned = new ArrayList<>();
        boolean[] plain = {true};
        factory.getMappingMetamodel().forEachCollectionDescriptor(collection -> {
            if (!(collection.getOwnerEntityPersister() instanceof AbstractEntityPersister owner)
                    || !owner.getTableName().equalsIgnoreCase(table) || collection.isInverse()) {
                return;
            }
            String[] keys = collection instanceof AbstractCollectionPersister c ? c.getKeyColumnNames() : null;
            if (collection.isOneToMany() || keys == null || keys.length != 1
                    || collection.getCollectionType().getLHSPropertyName() != null) {
                plain[0] = false;
                return;
            }
            owned.add(new OwnedRows(collection.getTableName(), keys[0]));
        });
        return plain[0] ? owned : null;
    }
}
