package dev.reprieve.demo.web;

import dev.reprieve.admin.input.BadInputException;
import dev.reprieve.admin.web.ProblemJsonView;
import dev.reprieve.admin.web.Problems;
import dev.reprieve.core.NotDeletedException;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.RowNotFoundException;
import dev.reprieve.spring.AliveUniqueViolationException;
import dev.reprieve.spring.ReprieveIntegrityViolationException;
import dev.reprieve.spring.ReprieveRowNotFoundException;
import dev.reprieve.spring.ReprieveUsageException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a demo request can run into, answered by audience: API calls and other JSON clients get an
 * RFC 9457 problem detail, browsers the demo's error page with its navigation (never raw JSON, never a Java
 * conversion message). 400 bad input, 404 unknown row or route, 405/415 wrong method or content type, 409
 * a refusal from Reprieve or a taken value. Errors outside Spring MVC take the same forms through
 * {@link DemoErrorController}.
 */
@ControllerAdvice
public class DemoErrors {

    /**
     * The database refused a second alive row with a {@code @UniqueWhenAlive} value (a request that raced
     * the demo's own check): 409 naming the entity and key. Any other integrity error stays a server error.
     */
    @ExceptionHandler(AliveUniqueViolationException.class)
    ModelAndView integrity(AliveUniqueViolationException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage());
    }

    /** An unknown row: the demo's own lookups, and a repository's restore or hard delete of an unknown id. */
    @ExceptionHandler({ReprieveRowNotFoundException.class, RowNotFoundException.class, NotFoundException.class})
    ModelAndView notFound(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * Any refusal from Reprieve changes nothing: 409. Among them a restore of a row that is not deleted, a
     * restore under a deleted parent, a delete a RESTRICT relationship blocks, a restore whose
     * unique-when-alive value an alive row holds and a write that would duplicate one. Repository calls report
     * them as Spring's exceptions ({@link ReprieveIntegrityViolationException}, {@link ReprieveUsageException});
     * Reprieve's own types remain for what runs outside a repository.
     */
    @ExceptionHandler({ReprieveIntegrityViolationException.class, ReprieveUsageException.class,
            ReprieveException.class, NotDeletedException.class, ConflictException.class})
    ModelAndView conflict(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ModelAndView invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, FieldErrors.describe(e.getBindingResult()));
    }

    @ExceptionHandler({BadRequestException.class, BadInputException.class})
    ModelAndView badRequest(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** What Spring MVC refuses before or while binding: each with its own status and a sentence, no Java types. */
    @ExceptionHandler({TypeMismatchException.class, HttpMessageNotReadableException.class, ServletRequestBindingException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, NoResourceFoundException.class, HandlerMethodValidationException.class})
    ModelAndView refused(Exception e, HttpServletRequest request) {
        HttpStatusCode status = Problems.status(e);
        return answer(request, status == null ? HttpStatus.BAD_REQUEST : status, Problems.detail(e, request));
    }

    /** A problem detail for API calls and JSON clients, the error page for a browser asking for a page. */
    static ModelAndView answer(HttpServletRequest request, HttpStatusCode status, String detail) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !Problems.wantsPage(request)) {
            return ProblemJsonView.of(status, detail);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("error", Problems.title(status));
        page.addObject("message", detail);
        // an exception handler's model does not pass through the @ModelAttribute methods: the navigation needs this
        page.addObject("currentUser", request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
        return page;
    }
}
