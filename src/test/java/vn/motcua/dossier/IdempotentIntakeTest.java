package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.testing.DatabaseTest;

/**
 * Intake and dossier actions with an Idempotency-Key (issue 10.10): a client whose answer was
 * lost sends the request again and gets the same answer, never a second dossier, also when the
 * two copies arrive at the same moment.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IdempotentIntakeTest {

    static final String INTAKE = """
            {"procedureCode": "1.001612", "channel": "DESK", "applicant": {"fullName": "Mai Văn Khoa",
             "idNumber": "079301055555", "phone": "0912000222"}}""";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSameIntakeSentAgainAnswersTheFirstDossier() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = dossiers();
        HttpResponse<String> first = post("/api/dossiers", key, INTAKE);
        HttpResponse<String> again = post("/api/dossiers", key, INTAKE);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(dossiers()).isEqualTo(before + 1);

        assertThat(post("/api/dossiers", UUID.randomUUID().toString(), INTAKE).statusCode())
                .as("another key is another dossier").isEqualTo(201);
        assertThat(dossiers()).isEqualTo(before + 2);
    }

    @Test
    void theSameKeyWithAnotherRequestOrAMalformedKeyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/dossiers", key, INTAKE).statusCode()).isEqualTo(201);
        long before = dossiers();
        HttpResponse<String> other = post("/api/dossiers", key, INTAKE.replace("Mai Văn Khoa", "Mai Văn Khang"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(json.readTree(other.body()).get("field").asText()).isEqualTo("Idempotency-Key");
        for (String malformed : List.of("a b", "k".repeat(101), "khóa", "a/../b")) {
            HttpResponse<String> refused = post("/api/dossiers", malformed, INTAKE);
            assertThat(refused.statusCode()).as(malformed).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void copiesArrivingAtTheSameMomentMakeOneDossier() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = dossiers();
        int copies = 6;
        CyclicBarrier barrier = new CyclicBarrier(copies);
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                    return post("/api/dossiers", key, INTAKE);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, threads));
        }
        List<HttpResponse<String>> done = answers.stream().map(a -> a.orTimeout(60, TimeUnit.SECONDS).join()).toList();
        threads.shutdownNow();

        assertThat(dossiers()).isEqualTo(before + 1);
        List<String> created = done.stream().filter(a -> a.statusCode() == 201).map(HttpResponse::body).distinct().toList();
        assertThat(created).as("every copy that succeeded shows the one dossier").hasSize(1);
        assertThat(done).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(201, 409));
    }

    @Test
    void anActionSentAgainAnswersTheFirstOutcome() throws Exception {
        String code = json.readTree(post("/api/dossiers", null, INTAKE).body()).get("code").asText();
        String key = UUID.randomUUID().toString();
        String reason = "{\"reason\": \"Công dân xin rút\"}";
        HttpResponse<String> first = post("/api/dossiers/" + code + "/withdraw", key, reason);
        HttpResponse<String> again = post("/api/dossiers/" + code + "/withdraw", key, reason);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(post("/api/dossiers/" + code + "/withdraw", null, reason).statusCode())
                .as("without the key it is a second withdrawal").isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_transition WHERE dossier_code = ? AND action = 'WITHDRAWN'")
                .param(code).query(Long.class).single()).isEqualTo(1);
    }

    private HttpResponse<String> post(String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reception:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long dossiers() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }
}
