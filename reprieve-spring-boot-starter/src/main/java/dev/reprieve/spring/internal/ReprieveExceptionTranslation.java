package dev.reprieve.spring.internal;

import dev.reprieve.core.DeletedReferenceException;
import dev.reprieve.core.HardDeleteRefusedException;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.NotSoftDeletableException;
import dev.reprieve.core.ParentDeletedException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.RestoreConflictException;
import dev.reprieve.core.RestrictedDeleteException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.core.UniqueViolationException;
import dev.reprieve.spring.AliveUniqueViolationException;
import dev.reprieve.spring.ReprieveIntegrityViolationException;
import dev.reprieve.spring.ReprieveRowNotFoundException;
import dev.reprieve.spring.ReprieveUsageException;
import org.springframework.dao.DataAccessException;

/**
 * Which of Spring's {@link DataAccessException} categories each Reprieve refusal belongs to. Used by the JPA
 * dialect, so it applies wherever Spring translates: repository calls, {@code @Repository} beans, commits.
 */
final class ReprieveExceptionTranslation {

    private ReprieveExceptionTranslation() {
    }

    /** The Spring exception for a Reprieve refusal in {@code ex} or its causes; {@code null} if there is none. */
    static DataAccessException translate(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException) {
                return null; // already Spring's
            }
            if (t instanceof ReprieveException reprieve) {
                return translate(reprieve);
            }
        }
        return null;
    }

    private static DataAccessException translate(ReprieveException ex) {
        if (ex instanceof UniqueViolationException unique) {
            return new AliveUniqueViolationException(unique);
        }
        if (ex instanceof RowNotFoundException notFound) {
            return new ReprieveRowNotFoundException(notFound);
        }
        if (ex instanceof RestrictedDeleteException || ex instanceof RestoreConflictException
                || ex instanceof ParentDeletedException || ex instanceof DeletedReferenceException) {
            return new ReprieveIntegrityViolationException(ex);
        }
        if (ex instanceof NotDeletedException || ex instanceof HardDeleteRefusedException
                || ex instanceof NotSoftDeletableException
                || ex instanceof dev.reprieve.core.DeletionReasonTooLongException) {
            return new ReprieveUsageException(ex);
        }
        // configuration and startup errors are not data access failures: they stay as they are
        return null;
    }
}
