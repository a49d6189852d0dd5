package dev.reprieve.spring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spring MVC's actuator reads a write operation's JSON body as a flat map of strings, so {@code "ids": [7]} would
 * be refused before the endpoint sees it. For actuator operations only, this turns an {@code ids} array (which
 * no flat body could carry before) into its JSON text, which {@link ReprieveEndpoint}'s erase reads back as a
 * list. Every other body is untouched.
 */
@ControllerAdvice
public class EraseBodyAdvice extends RequestBodyAdviceAdapter {

    private static final String OPERATION_HANDLER = "AbstractWebMvcEndpointHandlerMapping$OperationHandler";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getDeclaringClass().getName().endsWith(OPERATION_HANDLER);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        byte[] rewritten = body;
        try {
            JsonNode tree = json.readTree(body);
            if (tree instanceof ObjectNode object && object.get("ids") != null && object.get("ids").isArray()) {
                object.put("ids", json.writeValueAsString(object.get("ids")));
                rewritten = json.writeValueAsBytes(object);
            }
        } catch (RuntimeException notJson) {
            // left as sent: the actuator answers a malformed body with 400
        }
        byte[] bytes = rewritten;
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }
}
