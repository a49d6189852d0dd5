package dev.reprieve.hibernate;

import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.hibernate.internal.DefaultReprieveRuntime;
import dev.reprieve.hibernate.internal.SubjectEraser;
import dev.reprieve.purge.ErasableArchive;
import java.util.Objects;
import org.hibernate.SessionFactory;

/**
 * Erases a data subject for good, everywhere Reprieve keeps its rows: alive and trashed rows with their
 * dependents along the cascade graph (join-table and element-collection rows too), the purge's archive table and
 * its file archive. {@link #plan} is the dry run: what would go, per entity and per place, changing nothing;
 * {@link #erase} does it, all database places in one transaction, and tells listeners one
 * {@link dev.reprieve.core.event.Erased} naming ids and counts, never values. Works without Spring:
 *
 * <pre>{@code
 * SubjectErasure erasure = SubjectErasure.of(sessionFactory).fileArchive(archive).build();
 * ErasureReport wouldGo = erasure.plan(ErasureRequest.ids("Author", List.of(7L)));
 * erasure.erase(ErasureRequest.where("Article", "author", 7L));
 * }</pre>
 *
 * A dependent that does not cascade ({@code RESTRICT}, {@code IGNORE}) stops the erase, as its foreign key would.
 * Running an erase again after a crash finishes it: the database rows, still there, lead to the archived ones.
 */
public final class SubjectErasure {

    private final SubjectEraser eraser;

    private SubjectErasure(SubjectEraser eraser) {
        this.eraser = eraser;
    }

    /** A builder for the erasure of {@code sessionFactory}'s soft-deletable types. */
    public static Builder of(SessionFactory sessionFactory) {
        return new Builder(Objects.requireNonNull(sessionFactory, "sessionFactory"));
    }

    /**
     * What erasing would remove, per entity and place, and what stops it; changes nothing.
     *
     * @throws IllegalArgumentException for an unknown entity or property, or an id or value of the wrong type
     */
    public ErasureReport plan(ErasureRequest request) {
        return eraser().run(Objects.requireNonNull(request, "request"), true);
    }

    /**
     * Erases the rows and their dependents in every place; a request matching nothing erases nothing.
     *
     * @throws IllegalArgumentException for an unknown entity or property, or an id or value of the wrong type
     * @throws ReprieveException        when a dependent does not cascade or the database refuses; nothing erased
     *                                  from the database then
     */
    public ErasureReport erase(ErasureRequest request) {
        return eraser().run(Objects.requireNonNull(request, "request"), false);
    }

    private SubjectEraser eraser() {
        if (eraser == null) {
            throw new IllegalArgumentException("This persistence unit maps no @SoftDeletable entity: nothing to erase");
        }
        return eraser;
    }

    /** Settings of the erasure: the file archive, when the purge archives to files. */
    public static final class Builder {
        private final SessionFactory sessionFactory;
        private ErasableArchive files;

        private Builder(SessionFactory sessionFactory) {
            this.sessionFactory = sessionFactory;
        }

        /** The purge's file archive, whose lines of the subject are erased too. */
        public Builder fileArchive(ErasableArchive files) {
            this.files = files;
            return this;
        }

        /** The erasure; for a unit that maps no soft-deletable entity, one that refuses every request. */
        public SubjectErasure build() {
            try {
                return new SubjectErasure(new SubjectEraser(DefaultReprieveRuntime.of(ReprieveRuntime.of(sessionFactory)),
                        files));
            } catch (NotSoftDeletableException none) {
                return new SubjectErasure(null);
            }
        }
    }
}
