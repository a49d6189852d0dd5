package dev.reprieve.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one RFC 9457 problem detail ({@code application/problem+json}: type, title, status, detail,
 * instance). A view, so that exception handlers and resolvers that render pages for browsers can answer JSON
 * clients from the same method.
 */
public final class ProblemJsonView implements View {

    private final HttpStatusCode status;
    private final String detail;

    private ProblemJsonView(HttpStatusCode status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    /** The problem as a model-and-view carrying its status. */
    public static ModelAndView of(HttpStatusCode status, String detail) {
        ModelAndView answer = new ModelAndView(new ProblemJsonView(status, detail));
        answer.setStatus(status);
        return answer;
    }

    /** Writes the problem straight to a response (for filters and security handlers, outside Spring MVC). */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", Problems.title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
    }

    @Override
    public String getContentType() {
        return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        write(request, response, status, detail);
    }
}
