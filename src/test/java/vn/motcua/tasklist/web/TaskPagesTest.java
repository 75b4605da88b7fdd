package vn.motcua.tasklist.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.tasklist.Urgency;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * The task list's colours follow the working time left of the step (2 working days for the
 * business-household check): green, amber in the last fifth, red once overdue; the apology
 * (form 04) is offered only when the step is about to be late.
 */
@DatabaseTest
@AutoConfigureMockMvc
class TaskPagesTest {

    static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 16, 9, 30);

    @Autowired MockMvc http;
    @Autowired UserDetailsService users;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired DossierIntake intake;
    @Autowired ClerkTasks tasks;
    @Autowired DossierActions actions;

    String code;
    String taskId;

    @BeforeEach
    void aDossierReceivedOnWednesdayMorning() {
        clock.setFixed(WEDNESDAY_MORNING);
        signIn.as("reception");
        code = intake.receive(Applicants.atDesk("1.001612")).code();
        signIn.as("specialist");
        taskId = tasks.openTasksOf(code).get(0).id();
        signIn.out();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        signIn.out();
    }

    @Test
    void theLineTurnsAmberInTheLastFifthAndRedWhenOverdue() throws Exception {
        clock.setFixed(LocalDateTime.of(2026, 12, 17, 9, 30));
        expectUrgency("ON_TRACK", "Còn 1 ngày 0 giờ");
        clock.setFixed(LocalDateTime.of(2026, 12, 18, 8, 0));
        expectUrgency("DUE_SOON", "Còn 0 ngày 1 giờ");
        clock.setFixed(LocalDateTime.of(2026, 12, 21, 9, 30));
        expectUrgency("OVERDUE", "Quá hạn 1 ngày 0 giờ");
    }

    @Test
    void theListFiltersByTimeLeftAndProcedure() throws Exception {
        http.perform(get("/tasks").param("due", "OVERDUE").with(as("specialist")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"task-" + code + "\""))));
        http.perform(get("/tasks").param("due", "ON_TRACK").param("procedure", "1.001612").with(as("specialist")))
                .andExpect(content().string(Matchers.containsString("id=\"task-" + code + "\"")));
        http.perform(get("/tasks").param("procedure", "1.001193").with(as("specialist")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"task-" + code + "\""))));
    }

    /**
     * Received Monday 09:30 (due Wednesday 09:30), paused Monday 10:00 for the citizen's
     * supplement, resumed Wednesday 10:00: two working days paused, so the step is due Friday and
     * turns amber on Thursday at 16:18, not on the Tuesday at 16:18 its first threshold was
     * (office hours 07:00–11:30, 13:30–17:00).
     */
    @Test
    void theResumedStepBecomesDueSoonAsLateAsItsDueDateMoved() throws Exception {
        clock.setFixed(LocalDateTime.of(2026, 12, 14, 9, 30));
        signIn.as("reception");
        String resumed = intake.receive(Applicants.atDesk("1.001612")).code();
        clock.setFixed(LocalDateTime.of(2026, 12, 14, 10, 0));
        signIn.as("specialist");
        actions.requestSupplement(resumed, "Thiếu bản sao CCCD của chủ hộ");
        clock.setFixed(LocalDateTime.of(2026, 12, 16, 10, 0));
        signIn.as("reception");
        actions.receiveSupplement(resumed, null);
        signIn.out();

        clock.setFixed(LocalDateTime.of(2026, 12, 17, 9, 0));
        expectListed(resumed, "ON_TRACK", true);
        expectListed(resumed, "DUE_SOON", false);
        clock.setFixed(LocalDateTime.of(2026, 12, 17, 16, 30));
        expectListed(resumed, "DUE_SOON", true);
        expectListed(resumed, "ON_TRACK", false);
    }

    private void expectListed(String dossier, String due, boolean listed) throws Exception {
        Matcher<String> line = Matchers.containsString("id=\"task-" + dossier + "\"");
        http.perform(get("/tasks").param("dossier", dossier).param("due", due).with(as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(listed ? line : Matchers.not(line)));
    }

    @Test
    void aBadPageOrFilterInTheAddressIsAnErrorPageNamingIt() throws Exception {
        http.perform(get("/tasks").param("page", "0").with(as("specialist")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Số trang phải từ 1 đến")));
        http.perform(get("/tasks").param("due", "LATE").with(as("specialist")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Giá trị không hợp lệ: due")));
    }

    @Test
    void claimingByHtmxAnswersTheLineWithTheUnclaimButton() throws Exception {
        http.perform(post("/tasks/" + taskId + "/claim").header("HX-Request", "true").with(as("specialist"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("<tr")))
                .andExpect(content().string(Matchers.containsString("id=\"unclaim-" + code + "\"")));
    }

    @Test
    void theApologyIsOfferedWhenLateAndABadDateIsShownBesideTheField() throws Exception {
        http.perform(get("/tasks/" + taskId).with(as("specialist")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"reschedule-form\""))));
        clock.setFixed(LocalDateTime.of(2026, 12, 18, 8, 0));
        http.perform(get("/tasks/" + taskId).with(as("specialist")))
                .andExpect(content().string(Matchers.containsString("id=\"reschedule-form\"")));
        http.perform(post("/tasks/" + taskId + "/reschedule").param("newDueAt", "ngày mai").param("reason", "Chờ xác minh")
                        .with(as("specialist")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"newDueAt-error\"")));
        http.perform(post("/tasks/" + taskId + "/reschedule").param("newDueAt", "2026-12-28T16:00")
                        .param("reason", "Chờ xác minh").with(as("specialist")).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + code));
        http.perform(get("/dossiers/" + code).with(as("specialist")))
                .andExpect(content().string(Matchers.containsString("id=\"form-04\"")))
                .andExpect(content().string(Matchers.containsString("28/12/2026 16:00")));
    }

    @Test
    void aSupplementRequestWithoutReasonIsShownBesideTheField() throws Exception {
        http.perform(post("/tasks/" + taskId + "/supplement-request").param("reason", " ")
                        .with(as("specialist")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"reason-error\"")));
    }

    private void expectUrgency(String urgency, String timeLeft) throws Exception {
        http.perform(get("/tasks").with(as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*<tr id=\"task-" + code + "\"[^>]*data-urgency=\"" + urgency + "\".*")))
                .andExpect(content().string(Matchers.containsString(
                        "class=\"time-left " + cssOf(urgency) + "\">" + timeLeft + "<")));
    }

    private static String cssOf(String urgency) {
        return Urgency.valueOf(urgency).cssClass();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
