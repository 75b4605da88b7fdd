package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.testing.DatabaseTest;

/**
 * An administrator working in Camunda's own API (as Cockpit does) is on the audit trail, and
 * deleting a dossier's process there cannot leave the dossier "received" with no step. Over
 * real HTTP, because /engine-rest is Camunda's own servlet.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EngineAdminAuditTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void deletingADossiersProcessInstanceThroughEngineRestStopsTheDossierWithWhoAndWhyOnItsTrail() throws Exception {
        HttpResponse<String> received = send("POST", "/api/dossiers", "reception", AuditTrailTest.INTAKE);
        assertThat(received.statusCode()).isEqualTo(201);
        String code = JsonPath.read(received.body(), "$.code");
        String instance = jdbc.sql("SELECT process_instance_id FROM dossier WHERE code = ?").param(code)
                .query(String.class).single();

        // skipping custom listeners does not skip ours: the dossier is told whatever the caller asks
        assertThat(send("DELETE", "/engine-rest/process-instance/" + instance + "?skipCustomListeners=true",
                "admin", null).statusCode()).isEqualTo(204);

        String dossier = send("GET", "/api/dossiers/" + code, "reception", null).body();
        assertThat((Integer) JsonPath.read(dossier, "$.status.code")).isEqualTo(8);
        String stop = jdbc.sql("SELECT actor || ' | ' || note FROM dossier_transition WHERE dossier_code = ?"
                + " AND action = 'STOPPED'").param(code).query(String.class).single();
        assertThat(stop).startsWith("admin | ").contains("Camunda");

        String trail = send("GET", "/api/audit?dossier=" + code, "auditor", null).body();
        List<String> actions = JsonPath.read(trail, "$.items[*].action");
        List<String> users = JsonPath.read(trail, "$.items[*].username");
        List<String> details = JsonPath.read(trail, "$.items[*].detail");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            lines.add(actions.get(i) + ":" + users.get(i) + ":" + details.get(i));
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("DOSSIER_STOPPED:admin:")
                .contains("Camunda"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("ENGINE_ADMIN:admin:DELETE /engine-rest/process-instance/" + instance).endsWith("→ 204"));
    }

    @Test
    void aRefusedEngineCallIsAuditedAndChangesNoDossier() throws Exception {
        HttpResponse<String> refused = send("DELETE", "/engine-rest/process-instance/no-such-instance", "admin", null);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ENGINE_ADMIN' AND outcome = 'REFUSED'"
                + " AND username = 'admin' AND detail LIKE '%no-such-instance%'").query(Long.class).single()).isOne();
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
