package dev.reprieve.admin.internal.trash;

import dev.reprieve.core.SoftDeleteTable;
import dev.reprieve.core.spi.trash.TrashSource;
import org.hibernate.type.descriptor.java.JavaType;

/**
 * One soft-deletable entity type as the admin knows it: its table, how its rows are labelled and how an
 * id typed into a URL becomes an id of the right Java type.
 *
 * @param source          table, label and search columns for the trash SQL
 * @param idType          the id's Java type descriptor, which parses ids from URL text
 * @param labelAttribute  the configured label attribute, or {@code null} (then {@code toString()})
 * @param hasToString     whether the entity class writes its own {@code toString()}
 */
public record TrashType(TrashSource source, JavaType<?> idType, String labelAttribute, boolean hasToString) {

    public String name() {
        return source.entityName();
    }

    public SoftDeleteTable table() {
        return source.table();
    }

    public Class<?> javaType() {
        return source.table().javaType();
    }

    /** @throws BadRequestException when the text is not an id of this type */
    public Object parseId(String text) {
        if (text == null || text.isBlank() || text.length() > 255) {
            throw new BadRequestException("'" + text + "' is not an id of " + name());
        }
        try {
            Object id = idType.fromString(text.trim());
            if (id == null) {
                throw new BadRequestException("'" + text + "' is not an id of " + name());
            }
            return id;
        } catch (RuntimeException e) {
            if (e instanceof BadRequestException bad) {
                throw bad;
            }
            throw new BadRequestException("'" + text + "' is not an id of " + name() + " (" + idType.getJavaTypeClass().getSimpleName() + ")");
        }
    }
}
