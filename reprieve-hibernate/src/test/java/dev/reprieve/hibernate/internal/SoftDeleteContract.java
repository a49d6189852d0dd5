package dev.reprieve.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.HardDeletes;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.Visibility;
import dev.reprieve.hibernate.ReprieveRuntime;
import dev.reprieve.hibernate.SoftDeleteOperations;
import dev.reprieve.hibernate.VisibilityScope;
import dev.reprieve.hibernate.model.Folder;
import dev.reprieve.hibernate.model.Label;
import dev.reprieve.hibernate.model.Note;
import dev.reprieve.hibernate.model.Plain;
import dev.reprieve.testing.MutableClock;
import dev.reprieve.testing.TestDatabase;
import jakarta.persistence.EntityNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What plain Hibernate users get from reprieve-hibernate, on one database; subclasses pick the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SoftDeleteContract {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final AtomicReference<String> user = new AtomicReference<>("alice");
    SessionFactory factory;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        factory = HibernateTestFactory.build(database(), clock, user::get, Folder.class, Note.class, Label.class, Plain.class);
    }

    @AfterAll
    void stop() {
        if (factory != null) {
            factory.close();
        }
    }

    @BeforeEach
    void clean() {
        clock.set(T0);
        user.set("alice");
        HardDeletes.run(() -> factory.inTransaction(s -> {
            for (String table : List.of("Folder_Label", "Note", "Folder", "Label", "Plain")) {
                s.createNativeMutationQuery("delete from " + table).executeUpdate();
            }
        }));
    }

    <T> T tx(Function<Session, T> work) {
        return factory.fromTransaction(work::apply);
    }

    Long newNote(String title) {
        return tx(s -> {
            Note note = new Note(title, null);
            s.persist(note);
            return note.id;
        });
    }

    long rawCount(String table, String where) {
        return tx(s -> ((Number) s.createNativeQuery("select count(*) from " + table + " where " + where, Object.class)
                .getSingleResult()).longValue());
    }

    @Test
    void removeStampsTheRowAndKeepsIt() {
        Long id = newNote("buy milk");
        clock.set(T0.plusSeconds(60));
        factory.inTransaction(s -> s.remove(s.find(Note.class, id)));

        assertThat(this.<Note>tx(s -> s.find(Note.class, id))).isNull();
        assertThat(rawCount("Note", "deleted_at is not null")).isEqualTo(1);
        Note deleted = tx(s -> ReprieveRuntime.of(factory).operations().findIncludingDeleted(s, Note.class, id)).orElseThrow();
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.getDeletedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(deleted.getDeletedBy()).isEqualTo("alice");
        assertThat(deleted.getDeletionId()).hasSize(36);
    }

    @Test
    void everyQueryFormHidesDeletedRows() {
        Long alive = newNote("alive");
        Long gone = newNote("gone");
        factory.inTransaction(s -> s.remove(s.find(Note.class, gone)));

        assertThat(this.<List<Note>>tx(s -> s.createSelectionQuery("from Note", Note.class).getResultList()))
                .extracting(n -> n.id).containsExactly(alive);
        assertThat(this.<Long>tx(s -> s.createSelectionQuery("select count(n) from Note n", Long.class).getSingleResult())).isEqualTo(1L);
        assertThat(this.<List<Note>>tx(s -> {
            var cb = s.getCriteriaBuilder();
            var q = cb.createQuery(Note.class);
            q.from(Note.class);
            return s.createQuery(q).getResultList();
        })).extracting(n -> n.id).containsExactly(alive);
        assertThat(this.<Note>tx(s -> s.find(Note.class, gone))).isNull();
        assertThatThrownBy(() -> tx(s -> s.getReference(Note.class, gone).getTitle()))
                .isInstanceOfAny(EntityNotFoundException.class, ObjectNotFoundException.class);
    }

    @Test
    void scopesShowAllRowsOrOnlyDeletedOnesAndThenHideThemAgain() {
        Long alive = newNote("alive");
        Long gone = newNote("gone");
        factory.inTransaction(s -> s.remove(s.find(Note.class, gone)));

        tx(s -> {
            assertThat(VisibilityScope.call(s, Visibility.ALL, () -> s.createSelectionQuery("from Note", Note.class).getResultList()))
                    .extracting(n -> n.id).containsExactlyInAnyOrder(alive, gone);
            assertThat(VisibilityScope.call(s, Visibility.DELETED, () -> s.createSelectionQuery("from Note", Note.class).getResultList()))
                    .extracting(n -> n.id).containsExactly(gone);
            // the deleted instance is now in the persistence context: a plain find must still not return it
            assertThat(s.find(Note.class, gone)).isNull();
            assertThat(s.createSelectionQuery("from Note", Note.class).getResultList()).extracting(n -> n.id).containsExactly(alive);
            assertThat(VisibilityScope.current(s)).isEqualTo(Visibility.ALIVE);
            return null;
        });
    }

    @Test
    void findInTheSameSessionAfterRemoveReturnsNothing() {
        Long id = newNote("x");
        tx(s -> {
            Note note = s.find(Note.class, id);
            s.remove(note);
            assertThat(note.isDeleted()).isTrue();
            assertThat(s.find(Note.class, id)).isNull();
            assertThat(s.createSelectionQuery("from Note", Note.class).getResultList()).isEmpty();
            return null;
        });
    }

    @Test
    void collectionsOfSoftDeletableTypesHideDeletedElements() {
        Long folderId = tx(s -> {
            Folder folder = new Folder("inbox");
            Label red = new Label("red");
            Label blue = new Label("blue");
            s.persist(red);
            s.persist(blue);
            folder.labels.add(red);
            folder.labels.add(blue);
            s.persist(folder);
            s.persist(new Note("a", folder));
            s.persist(new Note("b", folder));
            return folder.id;
        });
        tx(s -> {
            s.remove(s.createSelectionQuery("from Note where title = 'b'", Note.class).getSingleResult());
            s.remove(s.createSelectionQuery("from Label where name = 'blue'", Label.class).getSingleResult());
            return null;
        });

        tx(s -> {
            Folder folder = s.find(Folder.class, folderId);
            assertThat(folder.notes).extracting(n -> n.title).containsExactly("a");
            assertThat(folder.labels).extracting(l -> l.name).containsExactly("red");
            return null;
        });
    }

    @Test
    void joinsThroughAssociationsHideDeletedRows() {
        Long folderId = tx(s -> {
            Folder folder = new Folder("inbox");
            s.persist(folder);
            s.persist(new Note("kept", folder));
            s.persist(new Note("dropped", folder));
            return folder.id;
        });
        factory.inTransaction(s -> s.remove(s.createSelectionQuery("from Note where title = 'dropped'", Note.class).getSingleResult()));
        List<String> viaCollectionJoin = tx(s -> s.createSelectionQuery(
                "select n.title from Folder f join f.notes n where f.id = :id", String.class).setParameter("id", folderId).getResultList());
        assertThat(viaCollectionJoin).containsExactly("kept");
        List<String> viaEntityJoin = tx(s -> s.createSelectionQuery(
                "select n.title from Note n join Folder f on n.folder = f", String.class).getResultList());
        assertThat(viaEntityJoin).containsExactly("kept");

        factory.inTransaction(s -> s.remove(s.find(Folder.class, folderId)));
        List<String> throughDeletedParent = tx(s -> s.createSelectionQuery(
                "select n.title from Note n join n.folder f", String.class).getResultList());
        assertThat(throughDeletedParent).isEmpty();
    }

    @Test
    void aToOneReferenceToADeletedRowLoadsItFlaggedDeletedInsteadOfBecomingNull() {
        Long noteId = tx(s -> {
            Folder folder = new Folder("old");
            s.persist(folder);
            Note note = new Note("orphan", folder);
            s.persist(note);
            return note.id;
        });
        factory.inTransaction(s -> s.remove(s.createSelectionQuery("from Folder", Folder.class).getSingleResult()));
        // the default reference policy is LOAD (ReferenceContract covers THROW)
        assertThat(this.<Boolean>tx(s -> s.find(Note.class, noteId).getFolder().isDeleted())).isTrue();
        assertThat(this.<String>tx(s -> s.find(Note.class, noteId).getFolder().getName())).isEqualTo("old");
        assertThat(this.<Folder>tx(s -> {
            Folder folder = s.find(Note.class, noteId).getFolder();
            folder.getName();
            return s.find(Folder.class, org.hibernate.Hibernate.unproxy(folder, Folder.class).id);
        })).isNull();
        assertThat(this.<String>tx(s -> VisibilityScope.call(s, Visibility.ALL, () -> s.find(Note.class, noteId).getFolder().getName())))
                .isEqualTo("old");
    }

    @Test
    void jpqlAndNativeDeletesAreRefusedAndLoseNothing() {
        newNote("keep me");
        assertThatThrownBy(() -> tx(s -> s.createMutationQuery("delete from Note").executeUpdate()))
                .isInstanceOf(HardDeleteRefusedException.class)
                .hasMessageContaining("Note");
        assertThatThrownBy(() -> tx(s -> s.createNativeMutationQuery("DELETE FROM Note WHERE 1 = 1").executeUpdate()))
                .isInstanceOf(HardDeleteRefusedException.class);
        assertThat(rawCount("Note", "1 = 1")).isEqualTo(1);
    }

    @Test
    void plainEntitiesAreDeletedAsUsual() {
        Long id = tx(s -> {
            Plain plain = new Plain("p");
            s.persist(plain);
            return plain.id;
        });
        factory.inTransaction(s -> s.remove(s.find(Plain.class, id)));
        assertThat(rawCount("Plain", "1 = 1")).isZero();
    }

    @Test
    void restoreBringsTheRowBack() {
        Long id = newNote("oops");
        factory.inTransaction(s -> s.remove(s.find(Note.class, id)));
        Note restored = tx(s -> ReprieveRuntime.of(factory).operations().restore(s, Note.class, id));
        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.getDeletedBy()).isNull();
        assertThat(this.<Note>tx(s -> s.find(Note.class, id))).isNotNull();
    }

    @Test
    void restoreOfUnknownOrAliveRowsFailsClearly() {
        Long id = newNote("alive");
        SoftDeleteOperations ops = ReprieveRuntime.of(factory).operations();
        assertThatThrownBy(() -> tx(s -> ops.restore(s, Note.class, 987654L)))
                .isInstanceOf(RowNotFoundException.class).hasMessageContaining("Note").hasMessageContaining("987654");
        assertThatThrownBy(() -> tx(s -> ops.restore(s, Note.class, id)))
                .isInstanceOf(NotDeletedException.class).hasMessageContaining("Note").hasMessageContaining(String.valueOf(id));
        assertThat(rawCount("Note", "deleted_at is null")).isEqualTo(1);
    }

    @Test
    void deletingADeletedRowAgainKeepsItsFirstDeletion() {
        Long id = newNote("twice");
        factory.inTransaction(s -> s.remove(s.find(Note.class, id)));
        clock.set(T0.plusSeconds(3600));
        user.set("bob");
        tx(s -> ReprieveRuntime.of(factory).operations().softDelete(s, Note.class, List.of(id)));
        tx(s -> VisibilityScope.call(s, Visibility.ALL, () -> {
            s.remove(s.find(Note.class, id));
            return null;
        }));
        Note note = tx(s -> ReprieveRuntime.of(factory).operations().findIncludingDeleted(s, Note.class, id)).orElseThrow();
        assertThat(note.getDeletedAt()).isEqualTo(T0);
        assertThat(note.getDeletedBy()).isEqualTo("alice");
    }

    @Test
    void hardDeleteRemovesTheRowWhenAskedByName() {
        Long id = newNote("erase me");
        factory.inTransaction(s -> s.remove(s.find(Note.class, id)));
        tx(s -> {
            ReprieveRuntime.of(factory).operations().hardDeleteById(s, Note.class, id);
            return null;
        });
        assertThat(rawCount("Note", "1 = 1")).isZero();
        assertThatThrownBy(() -> tx(s -> {
            ReprieveRuntime.of(factory).operations().hardDeleteById(s, Note.class, id);
            return null;
        })).isInstanceOf(RowNotFoundException.class);
    }

    @Test
    void bulkSoftDeleteIsOneStatementPerThousandIds() {
        List<Long> ids = List.of(newNote("a"), newNote("b"), newNote("c"));
        int changed = tx(s -> ReprieveRuntime.of(factory).operations().softDelete(s, Note.class, ids.subList(0, 2)));
        assertThat(changed).isEqualTo(2);
        assertThat(rawCount("Note", "deleted_at is null")).isEqualTo(1);
        assertThat(rawCount("Note", "deleted_at is not null")).isEqualTo(2);
        assertThat(this.<Integer>tx(s -> ReprieveRuntime.of(factory).operations().softDeleteAll(s, Note.class))).isEqualTo(1);
        assertThat(rawCount("Note", "deleted_at is null")).isZero();
    }

    @Test
    void theSchemaHasTheSoftDeleteIndexes() {
        assertThat(IndexInspector.indexNames(database(), factory, "note")).contains("note_deleted_at_idx", "note_deletion_id_idx");
    }

    /** An operation called with one null argument, and the argument's name. */
    record NullCall(String call, String argument, java.util.function.BiConsumer<SoftDeleteOperations, Session> run) {
        @Override
        public String toString() {
            return call;
        }
    }

    static java.util.stream.Stream<NullCall> nullCalls() {
        return java.util.stream.Stream.of(
                new NullCall("softDelete(null ids)", "ids", (o, s) -> o.softDelete(s, Note.class, null)),
                new NullCall("softDelete([id, null])", "ids", (o, s) -> o.softDelete(s, Note.class, java.util.Arrays.asList(1L, null))),
                new NullCall("softDelete(null type)", "type", (o, s) -> o.softDelete(s, null, List.of(1L))),
                new NullCall("softDelete(null session)", "session", (o, s) -> o.softDelete(null, Note.class, List.of(1L))),
                new NullCall("softDeleteInstances(null)", "entities", (o, s) -> o.softDeleteInstances(s, Note.class, null)),
                new NullCall("softDeleteInstances([null])", "entities",
                        (o, s) -> o.softDeleteInstances(s, Note.class, java.util.Collections.singletonList(null))),
                new NullCall("softDeleteAll(null type)", "type", (o, s) -> o.softDeleteAll(s, null)),
                new NullCall("restore(null id)", "id", (o, s) -> o.restore(s, Note.class, null)),
                new NullCall("restore(null id, with parents)", "id", (o, s) -> o.restore(s, Note.class, null, true)),
                new NullCall("restore(null type)", "type", (o, s) -> o.restore(s, null, 1L)),
                new NullCall("previewDeletion(null id)", "id", (o, s) -> o.previewDeletion(s, Note.class, null)),
                new NullCall("findIncludingDeleted(null id)", "id", (o, s) -> o.findIncludingDeleted(s, Note.class, null)),
                new NullCall("hardDelete(null)", "entity", (o, s) -> o.hardDelete(s, null)),
                new NullCall("hardDeleteById(null id)", "id", (o, s) -> o.hardDeleteById(s, Note.class, null)),
                new NullCall("hardDeleteById(null type)", "type", (o, s) -> o.hardDeleteById(s, null, 1L)),
                new NullCall("hardDeleteById(null session)", "session", (o, s) -> o.hardDeleteById(null, Note.class, 1L)),
                new NullCall("hardDelete(null session)", "session", (o, s) -> o.hardDelete(null, new Note("x", null))),
                new NullCall("softDeleteInstances(null type)", "type", (o, s) -> o.softDeleteInstances(s, null, List.of())),
                new NullCall("softDeleteInstances(null session)", "session",
                        (o, s) -> o.softDeleteInstances(null, Note.class, List.of())),
                new NullCall("softDeleteAll(null session)", "session", (o, s) -> o.softDeleteAll(null, Note.class)),
                new NullCall("restore(null session)", "session", (o, s) -> o.restore(null, Note.class, 1L)),
                new NullCall("previewDeletion(null type)", "type", (o, s) -> o.previewDeletion(s, null, 1L)),
                new NullCall("findIncludingDeleted(null type)", "type", (o, s) -> o.findIncludingDeleted(s, null, 1L)),
                new NullCall("asOneErase(null work)", "work", (o, s) -> o.asOneErase(Note.class, null)),
                new NullCall("asOneErase(null type)", "type", (o, s) -> o.asOneErase(null, () -> 1)),
                new NullCall("erasedBySql(null type, ids)", "type", (o, s) -> o.erasedBySql(null, List.of(1L))),
                new NullCall("erasedBySql(null ids)", "ids", (o, s) -> o.erasedBySql(Note.class, null)),
                new NullCall("erasedBySql([id, null])", "ids",
                        (o, s) -> o.erasedBySql(Note.class, java.util.Arrays.asList(1L, null))),
                new NullCall("erasedBySql(null type, count)", "type", (o, s) -> o.erasedBySql(null, 1L)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("nullCalls")
    void nullArgumentsAreRefusedNamingTheArgumentAndNothingChanges(NullCall call) {
        Long id = newNote("alive");
        SoftDeleteOperations ops = ReprieveRuntime.of(factory).operations();
        assertThatThrownBy(() -> tx(s -> {
            call.run().accept(ops, s);
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(call.argument() + " must not");
        assertThat(rawCount("Note", "deleted_at is null and id = " + id)).isEqualTo(1);
    }

    @Test
    void instancesPassedToADeleteCarryTheDeletionManagedOrNot() {
        Long id = newNote("detached");
        Note detached = tx(s -> s.find(Note.class, id));
        tx(s -> ReprieveRuntime.of(factory).operations().softDeleteInstances(s, Note.class, List.of(detached)));
        assertThat(detached.isDeleted()).isTrue();
        assertThat(detached.getDeletedAt()).isEqualTo(T0);
        assertThat(detached.getDeletedBy()).isEqualTo("alice");
        assertThat(detached.getDeletionId()).hasSize(36);

        Long other = newNote("managed");
        Note managed = tx(s -> {
            Note note = s.find(Note.class, other);
            s.remove(note);
            return note;
        });
        assertThat(managed.isDeleted()).isTrue();
        assertThat(managed.getDeletionId()).hasSize(36).isNotEqualTo(detached.getDeletionId());
    }
}
