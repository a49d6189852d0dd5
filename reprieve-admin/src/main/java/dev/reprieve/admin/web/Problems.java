package dev.reprieve.admin.web;

import dev.reprieve.admin.input.BadInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The status and the one sentence a person can act on for the errors every web application shares: bad
 * input, an unknown route, a wrong method or content type, a body of the wrong shape. Never a Java type
 * or conversion message. Application errors (an unknown row, a conflict) are mapped by their callers.
 */
public final class Problems {

    private Problems() {
    }

    /** @return the status for a request error, or {@code null} when {@code e} is not one (a server error) */
    public static HttpStatusCode status(Exception e) {
        if (e instanceof BadInputException || e instanceof MethodArgumentTypeMismatchException
                || e instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return response.getStatusCode();
        }
        return null;
    }

    /** The sentence for a request error {@link #status} recognised. */
    public static String detail(Exception e, HttpServletRequest request) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return "'" + mismatch.getName() + "' must be " + expected(mismatch.getRequiredType()) + ", not '"
                    + shorten(String.valueOf(mismatch.getValue())) + "'";
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return body(unreadable);
        }
        if (e instanceof NoResourceFoundException) {
            return "There is nothing at " + shorten(request.getRequestURI());
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return method.getMethod() + " is not supported here"
                    + (method.getSupportedMethods() == null ? "" : "; use " + String.join(" or ", method.getSupportedMethods()));
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return "Content type " + (media.getContentType() == null ? "(none)" : media.getContentType()) + " is not supported here"
                    + (media.getSupportedMediaTypes().isEmpty() ? "" : "; send " + media.getSupportedMediaTypes().stream()
                            .map(MediaType::toString).collect(Collectors.joining(" or ")));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "parameter '" + missing.getParameterName() + "' is required";
        }
        if (e instanceof ErrorResponse response && response.getBody().getDetail() != null) {
            return response.getBody().getDetail();
        }
        return e.getMessage();
    }

    /** The reason phrase of a status ("Bad Request"), or the number when it has none. */
    public static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
    }

    /** Whether the client is a browser that asked for a page (and should get one, not JSON). */
    public static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType());
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** "Malformed JSON request body", or which field had the wrong type and what it must be. */
    static String body(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = path(mismatch.getPath());
                Class<?> target = mismatch.getTargetType();
                return "field '" + field + "' must be " + (target == null ? "of another type" : expected(target));
            }
            if (cause instanceof JacksonException) {
                break;
            }
        }
        return "Malformed JSON request body";
    }

    private static String path(List<JacksonException.Reference> path) {
        return path.stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another form";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class || type == Short.class
                || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** Keeps an echoed value short: a 1 MB parameter does not come back in the message. */
    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
