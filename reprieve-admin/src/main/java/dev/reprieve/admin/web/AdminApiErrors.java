package dev.reprieve.admin.web;

import dev.reprieve.admin.trash.BadRequestException;
import dev.reprieve.admin.trash.EraseRefusedException;
import dev.reprieve.admin.trash.RowNotInTrashException;
import dev.reprieve.admin.trash.UnknownTypeException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.RowNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API's answers to refusals, as RFC 9457 problem details with a message a person can act on:
 * 400 bad input, 404 unknown type or row, 409 a conflict (parent deleted, unique value taken, erase blocked).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AdminApiController.class)
public class AdminApiErrors {

    @ExceptionHandler({UnknownTypeException.class, RowNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** 404 when the row does not exist, 409 when it is alive. */
    @ExceptionHandler(RowNotInTrashException.class)
    ProblemDetail notInTrash(RowNotInTrashException e) {
        return ProblemDetail.forStatusAndDetail(e.exists() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({BadRequestException.class, MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class})
    ProblemDetail badRequest(Exception e) {
        String detail = e instanceof HttpMessageNotReadableException ? "Malformed JSON request body" : e.getMessage();
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler({ReprieveException.class, EraseRefusedException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
