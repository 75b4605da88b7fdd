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
import vn.motcua.testing.DatabaseTest;

/**
 * Nothing is open but health and the public citizen API; Camunda's REST API and webapps are
 * for admins. Over real HTTP, because Camunda's REST API is its own servlet.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityBaselineTest {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort int port;
    @Autowired StaffAccounts accounts;

    @Test
    void healthIsPublicAndEverythingElseNeedsALogin() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        HttpResponse<String> procedures = get("/api/procedures", null);
        assertThat(procedures.statusCode()).isEqualTo(401);
        assertThat(procedures.body()).contains("\"error\"");
        assertThat(get("/api/tasks", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/procedures", "reception:wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void camundaRestApiIsForAdminsOnly() throws Exception {
        assertThat(get("/engine-rest/user", null).statusCode()).isEqualTo(401);
        assertThat(post("/engine-rest/user/create", null, "{\"profile\":{\"id\":\"intruder\"}}").statusCode())
                .isEqualTo(401);
        for (String clerk : new String[] {"reception", "specialist", "leader", "auditor", "analyst"}) {
            assertThat(get("/engine-rest/engine", clerk + ":demo").statusCode()).as(clerk).isEqualTo(403);
        }
        HttpResponse<String> engines = get("/engine-rest/engine", "admin:demo");
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("default");
    }

    @Test
    void camundaWebappsAndMetricsAreForAdminsOnly() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", null);
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(post("/camunda/api/admin/setup/default/user/create", null,
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}").statusCode())
                .as("Camunda's first-admin setup is not reachable anonymously").isIn(302, 401, 403);
        assertThat(get("/actuator/prometheus", "reception:demo").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void repeatedFailedLoginsLockTheAccount() throws Exception {
        accounts.create(new StaffUser("lockme", "Thử Khóa", "XPV", Set.of(Role.RECEPTION)), "right-one");
        assertThat(get("/api/procedures", "lockme:right-one").statusCode()).isEqualTo(200);
        for (int i = 0; i < LoginThrottle.ACCOUNT.attempts(); i++) {
            assertThat(get("/api/procedures", "lockme:wrong").statusCode()).isEqualTo(401);
        }
        assertThat(get("/api/procedures", "lockme:right-one").statusCode()).as("locked").isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return client.send(request(path, credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return client.send(request(path, credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
