package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import tools.jackson.core.json.JsonWriteFeature;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the demo and of the admin it mounts, found from Spring MVC's own mappings (so a new
 * endpoint is covered without touching this test), called as the admin with a set of hostile values in every
 * path variable, parameter, form field and JSON field: NUL, CR/LF, lone surrogates, huge and negative
 * numbers, fractions, non-numbers, a 1 MB string, unknown type names and path tricks. No answer may be a
 * server error, and a refused request (4xx), or one carrying text that cannot be stored, changes no row.
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE) // a log of every request would hold a 1 MB string per call
abstract class EndpointFuzzContract {

    /** Tables whose content must not change when a request is refused. */
    static final List<String> TABLES = List.of("todo", "product", "color", "author", "article", "comment", "reprieve_audit");

    /** Values no field may accept: text that cannot be stored. */
    static final Set<String> UNSTORABLE = Set.of("\u0000", "a\u0000b", "\ud800", "x\udc00y");

    static final List<String> HOSTILE = List.of("\u0000", "a\u0000b", "\ud800", "x\udc00y", "line\r\nSet-Cookie: x=1", "\r\n",
            "2147483648", "2147483647", "-1", "-2147483649", "99999999999999999999999", "1.5", "1e309", "NaN", "abc", "",
            " ", "NoSuchType", "../../etc/passwd", "..%2F..%2F", "//evil.example/", "https://evil.example/",
            "<script>alert(1)</script>", "' or 1=1 --", "x".repeat(1_000_000));

    /** Escapes every non-ASCII character, so that a lone surrogate reaches the server as {@code \ud800}, not as {@code ?}. */
    static final JsonMapper ASCII_JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** One way to call an endpoint: method, path pattern, and the handler whose parameters say what to send. */
    record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    void noHostileValueCausesAServerErrorOrChangesAnythingWhenRefused() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::toString)
                .contains("GET /api/todos", "POST /api/todos", "GET /reprieve/api/trash", "POST /reprieve/api/trash/restore",
                        "GET /reprieve/types/{type}", "POST /reprieve/trash/{type}/{id}/restore", "GET /articles/{id}");
        List<String> failures = new ArrayList<>();
        String current = checksum();
        int requests = 0;
        long started = System.nanoTime();
        for (Endpoint endpoint : endpoints) {
            for (String value : HOSTILE) {
                for (boolean numbersInJson : new boolean[] {false, true}) {
                    if (numbersInJson && (bodyType(endpoint) == null || !isNumber(value))) {
                        continue;
                    }
                    MvcResult result = mvc.perform(call(endpoint, value, numbersInJson)).andReturn();
                    requests++;
                    int status = result.getResponse().getStatus();
                    String shown = describe(value);
                    if (status >= 500) {
                        failures.add(endpoint + " with " + shown + ": " + status + " " + result.getResolvedException());
                    }
                    String after = checksum();
                    if ((status >= 400 || UNSTORABLE.contains(value)) && !after.equals(current)) {
                        failures.add(endpoint + " with " + shown + ": answered " + status + " but changed the data");
                    }
                    current = after;
                }
            }
        }
        System.out.printf("Endpoint fuzz: %d endpoints, %d requests, %d s%n", endpoints.size(), requests,
                (System.nanoTime() - started) / 1_000_000_000);
        assertThat(failures).as("hostile requests that failed:\n" + String.join("\n", failures)).isEmpty();
    }

    /** Every mapped endpoint except the error page, each method it accepts (GET when it names none). */
    List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<HttpMethod> methods = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (HttpMethod method : methods) {
                    Endpoint endpoint = new Endpoint(method, pattern, entry.getValue());
                    // a state change without any input has nothing hostile to send (e.g. "purge expired now")
                    if (method == HttpMethod.GET || hasInput(endpoint)) {
                        found.add(endpoint);
                    }
                }
            }
        }
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }

    private static boolean hasInput(Endpoint endpoint) {
        return endpoint.pattern().contains("{") || names(endpoint).size() > 0 || bodyType(endpoint) != null;
    }

    /** The request with {@code value} in every path variable, parameter and form or JSON field. */
    MockHttpServletRequestBuilder call(Endpoint endpoint, String value, boolean numbersInJson) throws Exception {
        String path = endpoint.pattern().replaceAll("\\{[^}/]+}",
                URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        MockHttpServletRequestBuilder request = request(endpoint.method(), java.net.URI.create(path))
                .with(user("admin").roles("REPRIEVE_ADMIN", "USER")).with(csrf()).accept(MediaType.APPLICATION_JSON);
        for (String name : names(endpoint)) {
            request.param(name, value);
        }
        Class<?> body = bodyType(endpoint);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body, value, numbersInJson));
        }
        return request;
    }

    /** Query parameters and form fields the handler reads: its request parameters and its form records' components. */
    private static List<String> names(Endpoint endpoint) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                names.add(name != null ? name : "value");
            } else if (parameter.getParameterType().isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)
                    && !parameter.hasParameterAnnotation(PathVariable.class)) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }

    private static Class<?> bodyType(Endpoint endpoint) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** A record with every field set to the value (as a JSON number when asked), a list of it, or the value. */
    private static String json(Class<?> type, String value, boolean numbersInJson) {
        Object scalar = value;
        if (numbersInJson) {
            scalar = new java.math.BigDecimal(value);
        }
        Object body;
        if (type.isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), scalar);
            }
            body = fields;
        } else if (List.class.isAssignableFrom(type) || type.isArray()) {
            body = List.of(scalar == null ? "" : scalar, "Todo:" + value);
        } else {
            body = scalar;
        }
        return ASCII_JSON.writeValueAsString(body);
    }

    private static boolean isNumber(String value) {
        try {
            new java.math.BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Row counts and a digest of every row of the watched tables. */
    String checksum() {
        StringBuilder sum = new StringBuilder();
        for (String table : TABLES) {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table);
            sum.append(table).append(':').append(rows.size()).append(':')
                    .append(rows.stream().map(Object::toString).sorted().toList().hashCode()).append(';');
        }
        return sum.toString();
    }

    private static String describe(String value) {
        String shown = value.length() > 30 ? value.substring(0, 10) + "…(" + value.length() + " chars)" : value;
        StringBuilder escaped = new StringBuilder("'");
        shown.chars().forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return escaped.append("'").toString();
    }
}
