package dev.reprieve.hibernate.internal;

import dev.reprieve.core.OnDeletedReference;
import dev.reprieve.core.ReferencePolicy;
import dev.reprieve.hibernate.ReprieveSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.OneToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.ToOne;

/**
 * Reads, per entity, the to-one attributes into soft-deletable entities that need work after a load: inverse
 * one-to-ones (a deleted partner reads as {@code null}) and references whose policy is {@code THROW}.
 */
final class ReferenceReader {

    /** One such attribute; {@code inverse} tells which of the two kinds it is. */
    record Reference(String attribute, String targetEntityName, boolean inverse) {
    }

    private ReferenceReader() {
    }

    static Map<String, List<Reference>> read(Metadata metadata, ReferencePolicy globalDefault) {
        Map<String, List<Reference>> byEntity = new HashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            List<Reference> references = new ArrayList<>();
            for (Property property : entity.getPropertyClosure()) {
                if (property.getValue() instanceof OneToOne oneToOne && !oneToOne.isConstrained()) {
                    if (softDeletable(metadata, oneToOne.getReferencedEntityName())) {
                        references.add(new Reference(property.getName(), oneToOne.getReferencedEntityName(), true));
                    }
                } else if (property.getValue() instanceof ManyToOne || property.getValue() instanceof OneToOne) {
                    // a @ManyToOne, an owning @OneToOne (mapped as a unique many-to-one) or a shared-key one
                    String target = ((ToOne) property.getValue()).getReferencedEntityName();
                    if (softDeletable(metadata, target)
                            && policy(entity.getMappedClass(), property.getName(), globalDefault) == ReferencePolicy.THROW) {
                        references.add(new Reference(property.getName(), target, false));
                    }
                }
            }
            if (!references.isEmpty()) {
                byEntity.put(entity.getEntityName(), List.copyOf(references));
            }
        }
        return byEntity;
    }

    private static boolean softDeletable(Metadata metadata, String entityName) {
        PersistentClass target = metadata.getEntityBinding(entityName);
        return target != null && SoftDeleteMappingReader.isSoftDeletable(target.getRootClass());
    }

    /** The policy of one relation: its {@link OnDeletedReference}, else the global default. */
    static ReferencePolicy policy(Class<?> type, String propertyName, ReferencePolicy globalDefault) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(propertyName) && f.isAnnotationPresent(OnDeletedReference.class)) {
                    return f.getAnnotation(OnDeletedReference.class).value();
                }
            }
            String suffix = propertyName.substring(0, 1).toUpperCase(Locale.ROOT) + propertyName.substring(1);
            for (Method m : c.getDeclaredMethods()) {
                if ((m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix))
                        && m.getParameterCount() == 0 && m.isAnnotationPresent(OnDeletedReference.class)) {
                    return m.getAnnotation(OnDeletedReference.class).value();
                }
            }
        }
        return globalDefault;
    }

    /** Parses the {@link ReprieveSettings#REFERENCES} setting: {@code load} (default) or {@code throw}. */
    static ReferencePolicy globalDefault(Object value) {
        if (value == null || value.toString().isBlank()) {
            return ReferencePolicy.LOAD;
        }
        if (value instanceof ReferencePolicy policy) {
            return policy;
        }
        try {
            return ReferencePolicy.valueOf(value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new HibernateException(ReprieveSettings.REFERENCES + ": '" + value + "' is not one of load, throw", e);
        }
    }
}
