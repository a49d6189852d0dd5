package dev.reprieve.admin.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a request whose query parameters, form fields or path variables hold text that cannot be stored
 * (see {@link StorableText}), before the handler runs: the refusal goes through the application's error
 * handling like any other 400. JSON bodies are checked by {@link StorableTextBody}.
 */
public class StorableTextParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            StorableText.require("a parameter name", parameter.getKey());
            for (String value : parameter.getValue()) {
                StorableText.require("parameter '" + parameter.getKey() + "'", value);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> StorableText.require("path segment '" + name + "'", String.valueOf(value)));
        }
        return true;
    }
}
