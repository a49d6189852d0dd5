package dev.reprieve.admin.internal.web;

import dev.reprieve.admin.ReprieveAdminProperties;
import dev.reprieve.admin.input.BadInputException;
import dev.reprieve.admin.internal.trash.BadRequestException;
import dev.reprieve.admin.internal.trash.EraseRefusedException;
import dev.reprieve.admin.internal.trash.RowNotInTrashException;
import dev.reprieve.admin.internal.trash.TrashTypes;
import dev.reprieve.admin.internal.trash.UnknownTypeException;
import dev.reprieve.admin.web.ProblemJsonView;
import dev.reprieve.admin.web.Problems;
import dev.reprieve.core.ReprieveException;
import dev.reprieve.core.RowNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error of a request under the admin's path, whatever raised it (a controller, an unknown route, a
 * wrong method or content type, bad input): JSON API calls and non-browser clients get an RFC 9457
 * problem detail, browsers the admin's own error page with its navigation. 400 bad input, 404 unknown type,
 * row or route, 409 a refusal (alive row, parent deleted, unique value taken, erase blocked or changed).
 * Anything else is left to the application: a server error stays one.
 */
public class AdminErrors implements HandlerExceptionResolver, Ordered {

    private final ReprieveAdminProperties properties;
    private final TrashTypes types;

    public AdminErrors(ReprieveAdminProperties properties, TrashTypes types) {
        this.properties = properties;
        this.types = types;
    }

    /** Before Spring MVC's own resolvers, so that the admin's answers hold whatever the application's advice says. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        String base = properties.basePath();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(base) && !path.startsWith(base + "/")) {
            return null;
        }
        HttpStatusCode status = status(e);
        if (status == null) {
            return null;
        }
        String detail = e instanceof ReprieveException || e instanceof BadRequestException || e instanceof BadInputException
                || e instanceof UnknownTypeException || e instanceof RowNotInTrashException || e instanceof EraseRefusedException
                ? e.getMessage() : Problems.detail(e, request);
        if (e instanceof HttpRequestMethodNotSupportedException method && method.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", method.getSupportedMethods()));
        }
        if (path.startsWith(base + "/api/") || !Problems.wantsPage(request)) {
            return ProblemJsonView.of(status, detail);
        }
        ModelAndView page = new ModelAndView("reprieve-admin/problem");
        page.setStatus(status);
        page.addObject("base", base);
        Principal user = request.getUserPrincipal();
        page.addObject("user", user == null ? null : user.getName());
        page.addObject("typeNames", user == null ? List.of() : types.names());
        page.addObject("status", status.value());
        page.addObject("title", Problems.title(status));
        page.addObject("problem", detail);
        return page;
    }

    static HttpStatusCode status(Exception e) {
        if (e instanceof UnknownTypeException || e instanceof RowNotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof RowNotInTrashException notInTrash) {
            return notInTrash.exists() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND;
        }
        if (e instanceof BadRequestException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ReprieveException || e instanceof EraseRefusedException) {
            return HttpStatus.CONFLICT;
        }
        return Problems.status(e);
    }
}
