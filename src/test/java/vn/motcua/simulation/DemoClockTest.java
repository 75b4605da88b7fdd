package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditRecord;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.DatabaseTest;

/**
 * Issue 11.1, one real clock while anyone is served: dossiers received through the API while
 * the demo history is being generated are stamped with the wall clock (receipt, the count's
 * start, due date, audit record, the engine's own task and instance times), never with the
 * simulation's 2025. Some are received between two simulated days, while the generator waits,
 * the others whenever a second thread gets through, in the middle of simulated events. The
 * liveness and readiness probes answer UP meanwhile: the node may take work.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "motcua.test.scenario=demo-clock")
class DemoClockTest {

    private static final Duration SLACK = Duration.ofMinutes(1);
    private static final String INTAKE = """
            {"procedureCode": "1.001612", "channel": "DESK", "applicant": {"fullName": "Lê Văn Thời",
             "idNumber": "079301012399", "phone": "0987654321", "address": "Ấp 1, xã Phước Vĩnh"}}""";

    @Autowired HistoryGenerator generator;
    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired AuditLog audit;
    @Autowired TaskService engineTasks;
    @Autowired HistoryService engineHistory;

    private final ExecutorService desk = Executors.newFixedThreadPool(2);

    @AfterEach
    void closeTheDesk() {
        desk.shutdownNow();
    }

    /** A dossier received over HTTP, with the wall-clock interval its request ran in. */
    record Received(String code, LocalDateTime before, LocalDateTime after, JsonNode dossier) {
    }

    @Test
    void dossiersReceivedWhileTheHistoryIsGeneratedCarryTheWallClock() throws Exception {
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Boolean> probesAnswered = new ConcurrentLinkedQueue<>();
        AtomicBoolean generating = new AtomicBoolean(true);
        CompletableFuture<Void> steadyStream = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 15 && generating.get(); i++) {
                received.add(receive());
            }
        }, desk);

        HistoryGenerator.Result result = generator.generate(SimulationModel.commune(), Roster.demo(),
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 12), LocalDateTime.of(2025, 3, 13, 0, 0), 11,
                (day, last, count, elapsed) -> {
                    received.add(CompletableFuture.supplyAsync(this::receive, desk).join());
                    probesAnswered.add(CompletableFuture.supplyAsync(this::probesUp, desk).join());
                });
        generating.set(false);
        steadyStream.join();

        assertThat(result.received()).as("the history was generated meanwhile").isGreaterThan(10);
        assertThat(received).hasSizeGreaterThan(10);
        assertThat(probesAnswered).as("liveness and readiness UP meanwhile: the node may take work")
                .isNotEmpty().containsOnly(true);
        for (Received r : received) {
            assertThat(r.dossier().get("receivedAt").asText()).as("receipt of %s", r.code())
                    .satisfies(at -> assertWallClock(LocalDateTime.parse(at), r));
            // outside office hours the count starts at the next working hour: after receipt, within days
            assertThat(LocalDateTime.parse(r.dossier().get("countFrom").asText())).as("count start of %s", r.code())
                    .isAfterOrEqualTo(r.before().minus(SLACK)).isBefore(r.after().plusDays(7));
            assertThat(LocalDateTime.parse(r.dossier().get("dueAt").asText())).as("due date of %s", r.code())
                    .isAfter(r.before()).isBefore(r.after().plusDays(30));
            List<AuditRecord> trail = audit.find(new AuditQuery(r.code(), null, null, null), 0);
            assertThat(trail).as("audit trail of %s", r.code()).isNotEmpty()
                    .allSatisfy(record -> assertWallClock(record.occurredAt(), r));
            String instance = r.dossier().get("code").asText();
            engineHistory.createHistoricProcessInstanceQuery().processInstanceBusinessKey(instance).list()
                    .forEach(p -> assertWallClock(ProvinceClock.toLocal(p.getStartTime()), r));
            engineTasks.createTaskQuery().processInstanceBusinessKey(instance).list()
                    .forEach(t -> assertWallClock(ProvinceClock.toLocal(t.getCreateTime()), r));
        }
    }

    private Received receive() {
        try {
            LocalDateTime before = LocalDateTime.now(ProvinceClock.ZONE);
            MvcResult answer = http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                    .contentType(MediaType.APPLICATION_JSON).content(INTAKE)).andReturn();
            LocalDateTime after = LocalDateTime.now(ProvinceClock.ZONE);
            assertThat(answer.getResponse().getStatus()).as(answer.getResponse().getContentAsString()).isEqualTo(201);
            JsonNode dossier = json.readTree(answer.getResponse().getContentAsString());
            return new Received(dossier.get("code").asText(), before, after, dossier);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean probesUp() {
        try {
            for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                MvcResult answer = http.perform(get(probe)).andReturn();
                if (answer.getResponse().getStatus() != 200
                        || !answer.getResponse().getContentAsString().contains("\"UP\"")) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertWallClock(LocalDateTime stamp, Received r) {
        assertThat(stamp).as("a stamp of %s", r.code())
                .isAfterOrEqualTo(r.before().minus(SLACK)).isBeforeOrEqualTo(r.after().plus(SLACK));
    }
}
