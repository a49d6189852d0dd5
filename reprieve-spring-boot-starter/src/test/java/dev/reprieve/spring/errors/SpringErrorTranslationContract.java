package dev.reprieve.spring.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.reprieve.core.DeletedReferenceException;
import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.ParentDeletedException;
import dev.reprieve.core.RestoreConflictException;
import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.spring.AliveUniqueViolationException;
import dev.reprieve.spring.ReprieveIntegrityViolationException;
import dev.reprieve.spring.ReprieveRowNotFoundException;
import dev.reprieve.spring.ReprieveUsageException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reprieve's refusals inside repository calls reach Spring users as Spring's {@code DataAccessException}
 * categories, so an application maps them like any other data access error; Reprieve's exception is the cause,
 * with its details. Nothing changes in the database when a call is refused. Subclasses pick the database.
 */
@SpringBootTest(classes = ErrorsApp.class)
abstract class SpringErrorTranslationContract {

    @Autowired ShelfRepository shelves;
    @Autowired BookRepository books;
    @Autowired LoanRepository loans;
    @Autowired ReviewRepository reviews;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        for (String table : List.of("review", "loan", "book", "shelf")) {
            jdbc.update("delete from " + table);
        }
    }

    long alive(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where deleted_at is null", Long.class);
    }

    @Test
    void anAliveUniqueValueTakenTwiceIsADataIntegrityViolationNamingEntityAndField() {
        shelves.save(new Shelf("A"));

        Throwable thrown = catchThrowable(() -> shelves.save(new Shelf("A")));

        assertThat(thrown).isInstanceOf(DataIntegrityViolationException.class)
                .isInstanceOfSatisfying(AliveUniqueViolationException.class, e -> {
                    assertThat(e.getEntityName()).isEqualTo("Shelf");
                    assertThat(e.getFields()).containsExactly("label");
                });
        assertThat(alive("shelf")).isEqualTo(1);
    }

    @Test
    void aRestrictedDeleteIsADataIntegrityViolationWithTheBlockingRelation() {
        Book book = books.save(new Book(shelves.save(new Shelf("A"))));
        loans.save(new Loan(book));

        Throwable thrown = catchThrowable(() -> books.deleteById(book.getId()));

        assertThat(thrown).isInstanceOf(DataIntegrityViolationException.class)
                .isInstanceOf(ReprieveIntegrityViolationException.class)
                .hasCauseInstanceOf(RestrictedDeleteException.class);
        RestrictedDeleteException refusal = (RestrictedDeleteException) thrown.getCause();
        assertThat(refusal.getEntityName()).isEqualTo("Book");
        assertThat(refusal.getBlocks()).singleElement().satisfies(block -> {
            assertThat(block.childEntity()).isEqualTo("Loan");
            assertThat(block.count()).isEqualTo(1);
        });
        assertThat(alive("book")).isEqualTo(1);
    }

    @Test
    void aRestoreThatWouldRepeatAnAliveUniqueValueIsADataIntegrityViolationWithTheConflict() {
        Shelf old = shelves.save(new Shelf("A"));
        shelves.delete(old);
        shelves.save(new Shelf("A"));

        Throwable thrown = catchThrowable(() -> shelves.restore(old.getId()));

        assertThat(thrown).isInstanceOf(DataIntegrityViolationException.class)
                .isInstanceOfSatisfying(ReprieveIntegrityViolationException.class,
                        e -> assertThat(e.getReprieveException()).isInstanceOf(RestoreConflictException.class));
        assertThat(((RestoreConflictException) thrown.getCause()).conflicts()).isNotEmpty();
        assertThat(alive("shelf")).isEqualTo(1);
    }

    @Test
    void aRestoreUnderADeletedParentIsADataIntegrityViolationNamingTheParent() {
        Shelf shelf = shelves.save(new Shelf("A"));
        Book book = books.save(new Book(shelf));
        shelves.deleteById(shelf.getId());

        Throwable thrown = catchThrowable(() -> books.restore(book.getId()));

        assertThat(thrown).isInstanceOf(DataIntegrityViolationException.class)
                .hasCauseInstanceOf(ParentDeletedException.class);
        ParentDeletedException refusal = (ParentDeletedException) thrown.getCause();
        assertThat(refusal.getParentEntityName()).isEqualTo("Shelf");
        assertThat(refusal.getParentId()).isEqualTo(shelf.getId());
        assertThat(alive("book")).isZero();
    }

    @Test
    void loadingAReferenceToADeletedRowThatMustNotBeLoadedIsADataIntegrityViolation() {
        Book book = books.save(new Book(shelves.save(new Shelf("A"))));
        Review review = reviews.save(new Review(book));
        books.deleteById(book.getId());

        Throwable thrown = catchThrowable(() -> reviews.findById(review.getId()));

        assertThat(thrown).isInstanceOf(DataIntegrityViolationException.class)
                .hasCauseInstanceOf(DeletedReferenceException.class);
        DeletedReferenceException refusal = (DeletedReferenceException) thrown.getCause();
        assertThat(refusal.getOwnerEntityName()).endsWith("Review");
        assertThat(refusal.getRelation()).isEqualTo("book");
    }

    @Test
    void anUnknownIdIsAnEmptyResultNamingEntityAndId() {
        Throwable restore = catchThrowable(() -> shelves.restore(424242L));
        Throwable hardDelete = catchThrowable(() -> shelves.hardDeleteById(424242L));

        for (Throwable thrown : List.of(restore, hardDelete)) {
            assertThat(thrown).isInstanceOf(EmptyResultDataAccessException.class)
                    .hasCauseInstanceOf(RowNotFoundException.class)
                    .isInstanceOfSatisfying(ReprieveRowNotFoundException.class, e -> {
                        assertThat(e.getEntityName()).isEqualTo("Shelf");
                        assertThat(e.getId()).isEqualTo(424242L);
                        assertThat(e.getExpectedSize()).isEqualTo(1);
                        assertThat(e.getActualSize()).isZero();
                    });
        }
    }

    @Test
    void restoringARowThatIsNotDeletedIsAnApiUsageError() {
        Shelf shelf = shelves.save(new Shelf("A"));

        Throwable thrown = catchThrowable(() -> shelves.restore(shelf.getId()));

        assertThat(thrown).isInstanceOf(InvalidDataAccessApiUsageException.class)
                .isInstanceOf(ReprieveUsageException.class)
                .hasCauseInstanceOf(NotDeletedException.class)
                .hasMessageContaining("Shelf");
        assertThat(((NotDeletedException) thrown.getCause()).getId()).isEqualTo(shelf.getId());
    }

    @Test
    void aBulkDeleteOfASoftDeletableTableIsAnApiUsageErrorAndDeletesNothing() {
        shelves.save(new Shelf("A"));

        Throwable thrown = catchThrowable(() -> transactions.execute(status -> shelves.bulkDeleteByLabel("A")));

        assertThat(thrown).isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasCauseInstanceOf(HardDeleteRefusedException.class);
        assertThat(alive("shelf")).isEqualTo(1);
    }
}
