package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import java.util.Set;

import vn.motcua.security.Role;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.DatabaseTest;

/** The dossier API over HTTP: answers, error shapes, and that refused requests change nothing. */
@DatabaseTest
@AutoConfigureMockMvc
class DossierApiTest {

    static final String APPLICANT = """
            {"fullName": "Trần Thị Bích", "idNumber": "079301012345", "phone": "0987 654 321",
             "email": "bich.tran@example.vn", "address": "Ấp 3, xã Phước Vĩnh"}""";

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceClock clock;
    @Autowired StaffAccounts accounts;
    @Autowired TaskService engineTasks;

    @BeforeEach
    void wednesdayMorning() {
        clock.setFixed(LocalDateTime.of(2026, 12, 16, 9, 30));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void intakeAnswersTheNationalStatusAndAServerComputedDueDate() throws Exception {
        JsonNode dossier = receive("""
                {"procedureCode": "1.001612", "channel": "DESK", "applicant": %s,
                 "dueAt": "2030-01-01T00:00:00", "status": 9}""".formatted(APPLICANT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/dossiers/XPV-261216-")))
                .andExpect(jsonPath("$.status.code").value(2))
                .andExpect(jsonPath("$.status.label").value("Được tiếp nhận"))
                .andExpect(jsonPath("$.receivedAt").value("2026-12-16T09:30:00"))
                .andReturn().getResponse().getContentAsString().transform(this::parse);
        assertThat(dossier.get("dueAt").asText()).as("3 working days, computed by the server")
                .isEqualTo("2026-12-21T09:30:00");
        assertThat(dossier.get("applicant").get("phone").asText()).isEqualTo("0987654321");

        http.perform(get("/api/dossiers/" + dossier.get("code").asText()).with(httpBasic("reception", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transitions[0].action").value("RECEIVED"))
                .andExpect(jsonPath("$.transitions[0].to.label").value("Được tiếp nhận"));
    }

    @Test
    void badIntakesAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
        long before = dossierCount();
        refused("""
                {"procedureCode": "9.999999", "channel": "DESK", "applicant": %s}""".formatted(APPLICANT),
                400, "procedureCode");
        refused("""
                {"procedureCode": "1.001612", "channel": "DESK",
                 "applicant": {"idNumber": "079301012345"}}""", 400, "applicant.fullName");
        refused("""
                {"procedureCode": "1.001612", "channel": "FAX", "applicant": %s}""".formatted(APPLICANT),
                400, "channel");
        refused("""
                {"procedureCode": "1.001612", "channel": "DESK",
                 "applicant": {"fullName": "An", "idNumber": "12-AB"}}""", 400, "applicant.idNumber");
        refused("""
                {"procedureCode": "1.001612", "channel": "DESK",
                 "applicant": {"fullName": "%s", "idNumber": "079301012345"}}""".formatted("A".repeat(201)),
                400, "applicant.fullName");
        http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isNotEmpty());
        http.perform(post("/api/dossiers").with(httpBasic("auditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"procedureCode": "1.001612", "channel": "DESK", "applicant": %s}"""
                                .formatted(APPLICANT)))
                .andExpect(status().isForbidden());
        http.perform(post("/api/dossiers").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void actionsOnTasksAndFinishedDossiersAreRefusedWithClearErrors() throws Exception {
        String code = receive("""
                {"procedureCode": "1.001612", "channel": "ONLINE", "applicant": %s}""".formatted(APPLICANT))
                .andReturn().getResponse().getContentAsString().transform(this::parse).get("code").asText();
        JsonNode tasks = parse(http.perform(get("/api/tasks").param("dossier", code).with(httpBasic("specialist", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String taskId = null;
        for (JsonNode task : tasks.get("items")) {
            if (code.equals(task.get("dossierCode").asText())) {
                taskId = task.get("id").asText();
                assertThat(task.get("outcomes").get(0).asText()).isEqualTo("approve");
                assertThat(task.get("dueAt").asText()).isNotBlank();
            }
        }
        assertThat(taskId).as("the specialist sees the new dossier's step").isNotNull();

        http.perform(post("/api/tasks/" + taskId + "/claim").with(httpBasic("specialist", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value("specialist"));
        http.perform(post("/api/tasks/no-such-task/claim").with(httpBasic("specialist", "demo")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("taskId"));
        // a task an administrator created in Camunda's own tasklist belongs to no dossier
        Task standalone = engineTasks.newTask();
        standalone.setName("Việc riêng");
        engineTasks.saveTask(standalone);
        try {
            engineTasks.addCandidateGroup(standalone.getId(), "XPV.specialist");
            http.perform(post("/api/tasks/" + standalone.getId() + "/claim").with(httpBasic("specialist", "demo")))
                    .andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("taskId"));
            http.perform(get("/api/tasks").with(httpBasic("specialist", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[?(@.id == '" + standalone.getId() + "')]").isEmpty());
        } finally {
            engineTasks.deleteTask(standalone.getId(), true);
        }
        // a colleague of the same group sees the task but may not take it over or complete it
        if (!accounts.exists("specialist.b")) {
            accounts.create(new StaffUser("specialist.b", "Trương Văn Bình", "XPV", Set.of(Role.SPECIALIST)), "demo");
        }
        http.perform(post("/api/tasks/" + taskId + "/claim").with(httpBasic("specialist.b", "demo")))
                .andExpect(status().isConflict());
        http.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("specialist.b", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"approve\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").isNotEmpty());
        http.perform(get("/api/tasks/" + taskId).with(httpBasic("specialist", "demo")))
                .andExpect(jsonPath("$.assignee").value("specialist"));
        http.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("leader", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"approve\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("taskId"));
        http.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic("specialist", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"publish\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("outcome"));
        http.perform(post("/api/dossiers/" + code + "/reschedule").with(httpBasic("specialist", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newDueAt\": \"next tuesday\", \"reason\": \"Chậm\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("newDueAt"));

        http.perform(post("/api/dossiers/" + code + "/withdraw").with(httpBasic("reception", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Công dân rút\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status.code").value(7));
        http.perform(post("/api/dossiers/" + code + "/return-result").with(httpBasic("reception", "demo")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("status"));
        http.perform(post("/api/dossiers/" + code + "/supplement-request").with(httpBasic("specialist", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Thiếu\"}"))
                .andExpect(status().isConflict());
        http.perform(get("/api/dossiers/" + code).with(httpBasic("specialist2", "demo")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/dossiers/" + code).with(httpBasic("reception", "demo")))
                .andExpect(jsonPath("$.status.code").value(7));
    }

    @Test
    void theProcedureCatalogueListsVersionsAndStatutoryTimes() throws Exception {
        http.perform(get("/api/procedures").with(httpBasic("reception", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '1.001193')].statutoryWorkingDays").value(0))
                .andExpect(jsonPath("$[?(@.code == '1.001612')].versions[0].versionTag").value("old-2021"))
                .andExpect(jsonPath("$[?(@.code == '1.001612')].versions[1].versionTag").value("simplified-2025"))
                .andExpect(jsonPath("$[?(@.code == '1.001612')].statutoryWorkingDays").value(3));
    }

    private ResultActions receive(String body) throws Exception {
        return http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void refused(String body, int status, String field) throws Exception {
        receive(body).andExpect(status().is(status)).andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    private long dossierCount() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
