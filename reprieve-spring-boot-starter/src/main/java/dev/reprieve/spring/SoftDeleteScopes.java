package dev.reprieve.spring;

import dev.reprieve.core.DeletionReasons;
import dev.reprieve.core.Visibility;
import dev.reprieve.core.spi.Arguments;
import dev.reprieve.hibernate.VisibilityScope;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs any JPA code (derived queries, {@code @Query} JPQL, Criteria, {@code EntityManager}) with deleted
 * rows included or with only deleted rows, then hides them again. Joins the current transaction or opens one.
 *
 * <pre>{@code List<Todo> all = scopes.includingDeleted(() -> todos.findByTitleContaining("milk"));}</pre>
 */
public class SoftDeleteScopes {

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    public SoftDeleteScopes(EntityManager sharedEntityManager, TransactionTemplate transactions) {
        Arguments.requireNonNull(sharedEntityManager, "sharedEntityManager");
        Arguments.requireNonNull(transactions, "transactions");
        this.entityManager = sharedEntityManager;
        this.transactions = transactions;
    }

    /** @return what {@code work} returns, computed seeing alive and deleted rows */
    public <T> T includingDeleted(Supplier<T> work) {
        return seeing(Visibility.ALL, work);
    }

    /** @return what {@code work} returns, computed seeing only deleted rows */
    public <T> T onlyDeleted(Supplier<T> work) {
        return seeing(Visibility.DELETED, work);
    }

    /**
     * Runs any JPA code with a reason for the deletes it makes (repository deletes, {@code EntityManager.remove},
     * orphan removal); the reason travels in their {@link dev.reprieve.core.event.SoftDeleted} events.
     *
     * @return what {@code work} returns
     */
    public <T> T withReason(String reason, Supplier<T> work) {
        Arguments.requireNonNull(work, "work");
        return transactions.execute(status -> DeletionReasons.call(reason, work));
    }

    /** Like {@link #withReason(String, Supplier)}, for work that returns nothing. */
    public void withReason(String reason, Runnable work) {
        Arguments.requireNonNull(work, "work");
        withReason(reason, () -> {
            work.run();
            return null;
        });
    }

    /** @return what {@code work} returns, computed seeing the given rows */
    public <T> T seeing(Visibility visibility, Supplier<T> work) {
        Arguments.requireNonNull(visibility, "visibility");
        Arguments.requireNonNull(work, "work");
        return transactions.execute(status -> VisibilityScope.call(entityManager.unwrap(Session.class), visibility, work));
    }
}
