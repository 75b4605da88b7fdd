package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.testing.DatabaseTest;

/**
 * The application behind a TLS-terminating proxy on the same host, as the operators' guide
 * configures it ({@code server.forward-headers-strategy=native}): the session cookie becomes
 * Secure, and the sign-in throttle counts the client's address that the trusted proxy names.
 * (Without that setting the headers are ignored: SignInThrottleTest.)
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class BehindTlsProxyTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;

    @Test
    void theSessionCookieIsSecureWhenTheProxyReceivedTls() throws Exception {
        HttpResponse<Void> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.1"));
        // JSESSIONID from Tomcat, SESSION from Spring Session JDBC: both take Secure from the request
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .matches("(JSESSIONID|SESSION)=.*").contains("Secure").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theThrottleCountsTheClientAddressTheProxyNames() throws Exception {
        accounts.create(new StaffUser("behind.proxy", "Sau Proxy", "XPV", Set.of(Role.RECEPTION)), "right-one");
        for (int i = 0; i < LoginThrottle.ADDRESS.attempts(); i++) {
            assertThat(basic("nobody" + i, "guess", "203.0.113.9")).isEqualTo(401);
        }
        assertThat(basic("behind.proxy", "right-one", "203.0.113.9")).as("the guesser's address").isEqualTo(401);
        assertThat(basic("behind.proxy", "right-one", "203.0.113.10")).as("another client").isEqualTo(200);
    }

    private int basic(String username, String password, String client) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/procedures")).header("Authorization", "Basic " + credentials)
                .header("X-Forwarded-For", client)).statusCode();
    }

    private HttpResponse<Void> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
