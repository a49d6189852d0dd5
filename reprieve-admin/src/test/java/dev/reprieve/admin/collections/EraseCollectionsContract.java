package dev.reprieve.admin.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reprieve.admin.internal.trash.ActionResult;
import dev.reprieve.admin.internal.trash.EraseImpact;
import dev.reprieve.admin.internal.trash.EraseRefusedException;
import dev.reprieve.admin.internal.trash.RowRef;
import dev.reprieve.admin.internal.trash.TrashEraser;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasing a deleted row for good takes the join-table and element-collection rows of every erased row with it,
 * as Hibernate's own remove would, and leaves the rows on the other side of a many-to-many and every other
 * owner's collection rows alone.
 */
// not the admin tests' application.properties, which configure types this application does not have
@SpringBootTest(classes = CollectionsTestApp.class, properties = "spring.config.name=erase-collections")
abstract class EraseCollectionsContract {

    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired TrashEraser eraser;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        for (String table : List.of("sticker", "book_notes", "book", "shelf_tags", "shelf_labels", "shelf", "label")) {
            jdbc.update("delete from " + table);
        }
    }

    @Test
    void erasingAShelfRemovesItsCollectionRowsAndItsBooksCollectionRowsOnly() {
        long[] ids = transactions.execute(status -> {
            Label fiction = new Label("fiction");
            Label poetry = new Label("poetry");
            entityManager.persist(fiction);
            entityManager.persist(poetry);
            Shelf erased = new Shelf("erased");
            erased.tags.addAll(List.of("top", "left"));
            erased.labels.addAll(List.of(fiction, poetry));
            Book first = new Book("first", erased);
            first.notes.addAll(List.of("a", "b"));
            Book second = new Book("second", erased);
            second.notes.add("c");
            Shelf kept = new Shelf("kept");
            kept.tags.add("top");
            kept.labels.add(fiction);
            Book other = new Book("other", kept);
            other.notes.add("d");
            entityManager.persist(erased);
            entityManager.persist(kept);
            return new long[] {erased.getId(), kept.getId()};
        });
        transactions.executeWithoutResult(status -> entityManager.remove(entityManager.find(Shelf.class, ids[0])));

        ActionResult result = eraser.erase(new RowRef("Shelf", String.valueOf(ids[0])), null, "admin");

        assertThat(result.rowsByType()).isEqualTo(Map.of("Shelf", 1L, "Book", 2L));
        assertThat(count("select count(*) from shelf")).isEqualTo(1);
        assertThat(count("select count(*) from book")).isEqualTo(1);
        assertThat(count("select count(*) from shelf_tags where shelf_id = " + ids[0])).isZero();
        assertThat(count("select count(*) from shelf_labels where shelf_id = " + ids[0])).isZero();
        assertThat(count("select count(*) from book_notes")).isEqualTo(1);
        assertThat(count("select count(*) from shelf_tags where shelf_id = " + ids[1])).isEqualTo(1);
        assertThat(count("select count(*) from shelf_labels where shelf_id = " + ids[1])).isEqualTo(1);
        assertThat(count("select count(*) from label")).isEqualTo(2);
    }

    @Test
    void aConfirmedEraseRefusesWhenTheLeavesItCountsChangedSinceTheyWereShown() {
        long shelf = transactions.execute(status -> {
            Shelf s = new Shelf("stickered");
            new Sticker("red", s);
            new Sticker("green", s);
            new Sticker("blue", s);
            entityManager.persist(s);
            return s.getId();
        });
        transactions.executeWithoutResult(status -> entityManager.remove(entityManager.find(Shelf.class, shelf)));
        RowRef ref = new RowRef("Shelf", String.valueOf(shelf));
        EraseImpact shown = eraser.impact(ref);
        assertThat(shown.erased()).containsEntry("Sticker", 3L);

        // as many stickers as were shown, but not the same ones: one replaced by another deleted sticker
        long replaced = count("select min(id) from sticker where shelf_id = " + shelf);
        jdbc.update("update sticker set id = ? where id = ?", replaced + 1_000_000, replaced);
        assertThatThrownBy(() -> eraser.erase(ref, shown.fingerprint(), "admin"))
                .isInstanceOf(EraseRefusedException.class).hasMessageContaining("changed since it was confirmed");
        assertThat(count("select count(*) from sticker")).isEqualTo(3);
        assertThat(count("select count(*) from shelf")).isEqualTo(1);

        // one more deleted sticker since the page was shown
        EraseImpact again = eraser.impact(ref);
        assertThat(again.fingerprint()).isNotEqualTo(shown.fingerprint());
        jdbc.update("insert into sticker (id, text, shelf_id, deleted_at, deleted_by, deletion_id) select ?, 'late', shelf_id,"
                + " deleted_at, deleted_by, deletion_id from sticker"
                + " where id = ?", replaced + 2_000_000, replaced + 1_000_000);
        assertThatThrownBy(() -> eraser.erase(ref, again.fingerprint(), "admin"))
                .isInstanceOf(EraseRefusedException.class).hasMessageContaining("changed since it was confirmed");
        assertThat(count("select count(*) from sticker")).isEqualTo(4);

        // confirmed for what is there now, it erases all of it
        ActionResult result = eraser.erase(ref, eraser.impact(ref).fingerprint(), "admin");
        assertThat(result.rowsByType()).isEqualTo(Map.of("Shelf", 1L, "Sticker", 4L));
        assertThat(count("select count(*) from sticker")).isZero();
        assertThat(count("select count(*) from shelf")).isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
