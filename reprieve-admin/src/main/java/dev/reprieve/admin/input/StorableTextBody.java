package dev.reprieve.admin.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON request body holding text that cannot be stored (see {@link StorableText}) in any string
 * or field name, naming the field ({@code field 'title'}). Runs before the body is
 * converted, so nothing reaches the handler; a malformed body is left to the converter's own 400. Register a
 * subclass annotated with {@code @ControllerAdvice} for the controllers it should guard.
 */
public class StorableTextBody extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = input.getHeaders().getContentType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return input;
        }
        byte[] body = input.getBody().readAllBytes();
        check(body);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    static void check(byte[] json) {
        try (JsonParser parser = JsonMapper.shared().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    StorableText.require("a field name", parser.currentName());
                } else if (token == JsonToken.VALUE_STRING) {
                    StorableText.require(field(parser), parser.getString());
                }
            }
        } catch (JacksonException malformed) {
            // the converter reads the same bytes and answers its own 400
        }
    }

    /** {@code field 'title'}, {@code field 'items.0.name'}, or {@code the body} for a bare string. */
    private static String field(JsonParser parser) {
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "the body" : "field '" + pointer.substring(1).replace('/', '.') + "'";
    }
}
