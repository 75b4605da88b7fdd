package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.motcua.security.Role;
import vn.motcua.security.StaffUser;

/**
 * Two clerks acting on one dossier at the same moment, over HTTP: a {@link CyclicBarrier}
 * releases both requests together. Each clerk talks to a node of its own (the same one twice
 * for a single node; two nodes, or a load balancer twice, for a cluster), so one drill serves
 * both. It needs the demo users and a second specialist of the commune, {@link #SECOND_SPECIALIST}
 * (password "demo"), created with {@link #secondSpecialist()}.
 * <p>
 * Every round asserts exactly one effect: one request wins, the other gets 409 with a message,
 * and the dossier's status and transitions read back afterwards are those of the winner alone.
 */
public final class ClerkRaces {

    public static final String SECOND_SPECIALIST = "specialist.b";
    /** Two steps: the commune's specialist checks, its leader signs and the process ends. */
    private static final String PROCEDURE = "1.001612";
    private static final String INTAKE = """
            {"procedureCode": "%s", "channel": "DESK", "applicant": {"fullName": "Lưu Thị Hằng",
             "idNumber": "079301099887", "phone": "0912000111"}}""".formatted(PROCEDURE);

    private final URI nodeA;
    private final URI nodeB;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The first clerk talks to {@code nodeA}, the second to {@code nodeB} (base URLs, no trailing slash). */
    public ClerkRaces(URI nodeA, URI nodeB) {
        this.nodeA = nodeA;
        this.nodeB = nodeB;
    }

    /** The second specialist of XPV the drills need, as a StaffUser for StaffAccounts.create. */
    public static StaffUser secondSpecialist() {
        return new StaffUser(SECOND_SPECIALIST, "Trương Văn Bình", "XPV", Set.of(Role.SPECIALIST));
    }

    /**
     * Two specialists complete the same open first step at once: one 204, one 409; the dossier
     * is being processed (status 4) with one hand-over, the next step open, and the desk can no
     * longer refuse it (form 03).
     */
    public void doubleCompletions(int rounds) {
        for (int round = 1; round <= rounds; round++) {
            String code = receive();
            String taskId = openTask(nodeA, "specialist", code);
            String decision = "{\"outcome\": \"approve\"}";
            List<HttpResponse<String>> answers = race(
                    () -> post(nodeA, "specialist", "/api/tasks/" + taskId + "/complete", decision),
                    () -> post(nodeB, SECOND_SPECIALIST, "/api/tasks/" + taskId + "/complete", decision));
            String at = "round " + round + ", dossier " + code + ", answers " + describe(answers);
            assertThat(statuses(answers)).as(at).containsExactlyInAnyOrder(204, 409);
            assertLoserExplained(answers, at);

            JsonNode dossier = dossier(code);
            assertThat(dossier.at("/status/code").asInt()).as(at + ": status").isEqualTo(4);
            assertThat(stepCompletions(dossier)).as(at + ": hand-overs").isEqualTo(1);
            assertThat(openTask(nodeB, "leader", code)).as(at + ": the next step is open").isNotNull();
            assertThat(post(nodeB, "reception", "/api/dossiers/" + code + "/refuse",
                    "{\"reason\": \"Thiếu giấy tờ\"}").statusCode()).as(at + ": form 03 in processing").isEqualTo(409);
        }
    }

    /**
     * The desk withdraws a dossier while its leader completes the last step: either the dossier
     * is withdrawn (status 7) and the step was never completed, or it is resolved (status 9) and
     * was never withdrawn; the loser gets 409.
     */
    public void withdrawalsAgainstCompletions(int rounds) {
        for (int round = 1; round <= rounds; round++) {
            String code = receive();
            String firstStep = openTask(nodeA, "specialist", code);
            assertThat(post(nodeA, "specialist", "/api/tasks/" + firstStep + "/complete",
                    "{\"outcome\": \"approve\"}").statusCode()).isEqualTo(204);
            String lastStep = openTask(nodeA, "leader", code);
            List<HttpResponse<String>> answers = race(
                    () -> post(nodeA, "reception", "/api/dossiers/" + code + "/withdraw",
                            "{\"reason\": \"Công dân xin rút hồ sơ\"}"),
                    () -> post(nodeB, "leader", "/api/tasks/" + lastStep + "/complete", "{\"outcome\": \"approve\"}"));
            String at = "round " + round + ", dossier " + code + ", answers " + describe(answers);
            int withdrawal = answers.get(0).statusCode();
            int completion = answers.get(1).statusCode();
            assertThat(withdrawal + " / " + completion).as(at).isIn("200 / 409", "409 / 204");
            assertLoserExplained(answers, at);

            JsonNode dossier = dossier(code);
            boolean withdrawn = withdrawal == 200;
            assertThat(dossier.at("/status/code").asInt()).as(at + ": status").isEqualTo(withdrawn ? 7 : 9);
            assertThat(stepCompletions(dossier)).as(at + ": hand-overs").isEqualTo(withdrawn ? 1 : 2);
            assertThat(actions(dossier)).as(at + ": transitions")
                    .doesNotContain(withdrawn ? "RESOLVED" : "WITHDRAWN").contains(withdrawn ? "WITHDRAWN" : "RESOLVED");
            assertThat(openTask(nodeB, "leader", code)).as(at + ": no open step left").isNull();
        }
    }

    private String receive() {
        HttpResponse<String> created = post(nodeA, "reception", "/api/dossiers", INTAKE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created.body()).get("code").asText();
    }

    /** The id of the dossier's step in the user's task list, or null when there is none. */
    private String openTask(URI node, String username, String code) {
        HttpResponse<String> tasks = send(node, username, HttpRequest.newBuilder(node.resolve("/api/tasks?dossier=" + code)).GET());
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        for (JsonNode task : read(tasks.body()).path("items")) {
            if (code.equals(task.get("dossierCode").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    private JsonNode dossier(String code) {
        HttpResponse<String> answer = send(nodeB, "reception",
                HttpRequest.newBuilder(nodeB.resolve("/api/dossiers/" + code)).GET());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return read(answer.body());
    }

    private static long stepCompletions(JsonNode dossier) {
        return actions(dossier).stream().filter("STEP_COMPLETED"::equals).count();
    }

    private static List<String> actions(JsonNode dossier) {
        List<String> actions = new ArrayList<>();
        dossier.get("transitions").forEach(t -> actions.add(t.get("action").asText()));
        return actions;
    }

    private void assertLoserExplained(List<HttpResponse<String>> answers, String at) {
        for (HttpResponse<String> answer : answers) {
            if (answer.statusCode() == 409) {
                assertThat(read(answer.body()).path("error").asText()).as(at + ": the loser is told why").isNotBlank();
            }
        }
    }

    /** Both calls released by one barrier; answers in the order of the calls. */
    @SafeVarargs
    private static List<HttpResponse<String>> race(java.util.function.Supplier<HttpResponse<String>>... calls) {
        CyclicBarrier barrier = new CyclicBarrier(calls.length);
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (var call : calls) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return call.get();
                }, threads));
            }
            return answers.stream().map(answer -> answer.orTimeout(60, TimeUnit.SECONDS).join()).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }

    private static String describe(List<HttpResponse<String>> answers) {
        return answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString();
    }

    private HttpResponse<String> post(URI node, String username, String path, String body) {
        return send(node, username, HttpRequest.newBuilder(node.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(URI node, String username, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            return client.send(request.header("Authorization", "Basic " + credentials)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
