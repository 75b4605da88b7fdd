package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.SignIn;

/**
 * Benchmark, not a test: dossiers received per second through {@code POST /api/dossiers} by 4
 * concurrent clients, each with its own connection and HTTP Basic credentials on every call as
 * scripts send them (checked once, then recognised: ADR 0011), against the same intake called in
 * process ({@code DossierIntake.receive}) by 4 threads, in alternating rounds in one run. Clients
 * alternate between the receptions of XPV and PTH (each agency's daily numbering is one locked
 * row, so one agency's intakes queue behind each other).
 *
 * <p>Run: {@code TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test mvn -Pbench test
 * -Dtest=ApiIntakeBenchmark -Dbench.intakes=2000} (H2 file, then PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "motcua.demo.history.enabled=false")
@ActiveProfiles({"demo", "test"})
@Tag("bench")
// a database of its own: the next benchmark must not find this one's volume
@DirtiesContext
class ApiIntakeBenchmark {

    private static final List<String> CLERKS = List.of("reception", "reception2");
    private static final String BODY = """
            {"procedureCode": "1.001193", "channel": "DESK",
             "applicant": {"fullName": "Trần Thị Bích", "idNumber": "079301012345", "phone": "0987654321",
                           "email": "bich.tran@example.vn", "address": "Ấp 3, xã Phước Vĩnh"}}""";

    @LocalServerPort int port;
    @Autowired DossierIntake intake;
    @Autowired SignIn signIn;

    @Test
    void apiIntakeByFourClientsAgainstTheInProcessIntake() throws Exception {
        int perRound = Integer.getInteger("bench.intakes", 2000) / 2;
        int clients = Integer.getInteger("bench.clients", 4);
        long idleRss = ResidentMemory.ofThisJvm();
        run(clients, 100, this::inProcess);
        run(clients, 100, this::overHttp);
        long inProcessNanos = 0;
        long httpNanos = 0;
        for (int round = 0; round < 2; round++) {
            inProcessNanos += run(clients, perRound, this::inProcess);
            httpNanos += run(clients, perRound, this::overHttp);
        }
        double inProcess = 2 * perRound / (inProcessNanos / 1e9);
        double http = 2 * perRound / (httpNanos / 1e9);
        BenchReport.publish("api-intake", String.format("""
                Intake, %s, %d clients, %,d dossiers each way after 100 warm-up, two alternating rounds:
                  POST /api/dossiers, Basic on every call : %6.1f dossiers/s
                  DossierIntake.receive in process       : %6.1f dossiers/s
                  ratio API / in process                 : %6.2f
                  resident memory of this JVM (serving and calling; -Xmx3g): idle %,d MB, after %,d MB
                """, BenchReport.database(), clients, 2 * perRound, http, inProcess, http / inProcess,
                idleRss >> 20, ResidentMemory.ofThisJvm() >> 20));
    }

    /** Client {@code client}'s next dossier through our service, as its clerk signed in once (a session). */
    private Runnable inProcess(int client) {
        boolean[] signedIn = {false};
        return () -> {
            if (!signedIn[0]) {
                signIn.as(CLERKS.get(client % CLERKS.size()));
                signedIn[0] = true;
            }
            intake.receive(Applicants.atDesk("1.001193"));
        };
    }

    /** Client {@code client}'s next dossier through the API, on a connection of its own. */
    private Runnable overHttp(int client) {
        HttpClient http = HttpClient.newHttpClient();
        String clerk = CLERKS.get(client % CLERKS.size());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/dossiers"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clerk + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        return () -> {
            try {
                HttpResponse<String> created = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** {@code dossiers} intakes shared by {@code clients} threads; answers the wall-clock nanoseconds. */
    private static long run(int clients, int dossiers, ClientFactory client) throws Exception {
        AtomicInteger left = new AtomicInteger(dossiers);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Runnable> calls = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                calls.add(client.of(c));
            }
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (Runnable call : calls) {
                running.add(threads.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        call.run();
                    }
                }));
            }
            for (Future<?> done : running) {
                done.get();
            }
            return System.nanoTime() - start;
        } finally {
            threads.shutdown();
        }
    }

    @FunctionalInterface
    private interface ClientFactory {
        Runnable of(int client);
    }
}
