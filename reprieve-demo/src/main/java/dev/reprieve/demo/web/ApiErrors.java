package dev.reprieve.demo.web;

import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.hibernate.UniqueViolations;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps Reprieve's and the API's errors to HTTP answers (RFC 9457 problem details) with a clear message. */
@RestControllerAdvice(basePackages = "dev.reprieve.demo")
public class ApiErrors {

    private final SessionFactory sessionFactory;

    public ApiErrors(EntityManagerFactory entityManagerFactory) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
    }

    /**
     * The database refused a second alive row with a {@code @UniqueWhenAlive} value (a request that raced
     * the demo's own check): 409 naming the entity and key. Any other integrity error stays a server error.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return UniqueViolations.find(e, sessionFactory)
                .map(v -> ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, v.getMessage()))
                .orElseThrow(() -> e);
    }

    @ExceptionHandler({RowNotFoundException.class, NotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NotDeletedException.class)
    ProblemDetail notDeleted(NotDeletedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /**
     * Any other refusal from Reprieve changes nothing: 409. Among them a restore under a deleted parent
     * ({@code ParentDeletedException}), a delete a RESTRICT relationship blocks ({@code RestrictedDeleteException}),
     * a restore whose unique-when-alive value an alive row holds ({@code RestoreConflictException}) and a write
     * that would duplicate one ({@code UniqueViolationException}).
     */
    @ExceptionHandler(ReprieveException.class)
    ProblemDetail conflict(ReprieveException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Malformed JSON request body");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, FieldErrors.describe(e.getBindingResult()));
    }

    @ExceptionHandler({BadRequestException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
