package dev.reprieve.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reprieve.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The session cookie as the real servlet container sets it (the database plays no part): SameSite=Lax
 * always, and Secure when the request came over HTTPS, here through a proxy's {@code X-Forwarded-Proto}
 * with {@code server.forward-headers-strategy=native}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SessionCookieTest {

    @LocalServerPort int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DemoDatabases.use(TestDatabase.H2, registry);
    }

    String logIn(boolean overHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=user&password=user"));
        if (overHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureOverHttps() throws Exception {
        String plain = logIn(false);
        assertThat(plain).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        assertThat(logIn(true)).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
    }
}
