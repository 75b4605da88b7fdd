package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.deadline.Timeliness;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** Dossiers driven through the real engine, as the demo clerks would, on H2 and PostgreSQL. */
@DatabaseTest
class DossierLifecycleTest {

    static final String BIRTH_REGISTRATION = "1.001193";
    static final String SOCIAL_ALLOWANCE = "1.001776";
    /** Monday 7 December 2026, a working day. */
    static final LocalDateTime MONDAY_10_00 = LocalDateTime.of(2026, 12, 7, 10, 0);

    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;
    @Autowired Dossiers dossiers;
    @Autowired ClerkTasks tasks;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClockAndUser() {
        signIn.out();
        clock.reset();
    }

    @Test
    void birthRegistrationRunsFromReceiptToReturnedResultWithASupplementPause() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        Dossier received = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION));
        String code = received.code();
        assertThat(code).matches("XPV-261207-\\d{4}");
        assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(received.dueAt()).as("same-day procedure received before 15:00")
                .isEqualTo(LocalDateTime.of(2026, 12, 7, 17, 0));
        assertThat(received.originalDueAt()).isEqualTo(received.dueAt());

        signIn.as("specialist");
        ClerkTask verify = openTaskOf(code);
        assertThat(verify.stepId()).isEqualTo("userTask_verifyAndRecord");
        assertThat(verify.candidateGroups()).containsExactly("XPV.specialist");
        assertThat(verify.outcomes()).containsExactly("approve", "reject");
        tasks.claim(verify.id());
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.PROCESSING);

        clock.setFixed(MONDAY_10_00.plusHours(1));
        actions.requestSupplement(code, "Thiếu bản sao Giấy chứng sinh");
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThatThrownBy(() -> tasks.complete(verify.id(), "approve", null))
                .as("steps wait while the clock is paused").isInstanceOf(ConflictException.class);

        // Back on Tuesday 09:00: paused 11:00-11:30, 13:30-17:00 and 07:00-09:00 = 6 working hours.
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 9, 0));
        signIn.as("reception");
        Dossier resumed = actions.receiveSupplement(code, "Công dân đã nộp bản sao");
        assertThat(resumed.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(resumed.pausedMinutes()).isEqualTo(6 * 60);
        assertThat(resumed.dueAt()).isEqualTo(LocalDateTime.of(2026, 12, 8, 15, 0));
        assertThat(resumed.originalDueAt()).as("kept for reports").isEqualTo(LocalDateTime.of(2026, 12, 7, 17, 0));

        signIn.as("specialist");
        tasks.complete(verify.id(), "approve", "Hồ sơ hợp lệ, đã ghi Sổ đăng ký khai sinh");
        signIn.as("leader");
        ClerkTask sign = openTaskOf(code);
        assertThat(sign.stepId()).isEqualTo("userTask_signBirthCertificate");
        assertThat(sign.outcomes()).containsExactly("approve", "returnToPrevious");
        clock.setFixed(LocalDateTime.of(2026, 12, 8, 10, 0));
        tasks.complete(sign.id(), "approve", null);

        Dossier resolved = dossiers.get(code);
        assertThat(resolved.status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(resolved.result()).isEqualTo(DossierResult.APPROVED);
        assertThat(resolved.timeliness()).isEqualTo(Timeliness.ON_TIME);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();

        signIn.as("reception");
        assertThat(actions.returnResult(code, "Công dân đã nhận Giấy khai sinh").status())
                .isEqualTo(DossierStatus.RESULT_RETURNED);

        List<DossierTransition> history = dossiers.history(code);
        assertThat(history).extracting(DossierTransition::action).containsExactly(
                TransitionAction.RECEIVED, TransitionAction.PROCESSING_STARTED, TransitionAction.SUPPLEMENT_REQUESTED,
                TransitionAction.SUPPLEMENT_RECEIVED, TransitionAction.STEP_COMPLETED, TransitionAction.STEP_COMPLETED,
                TransitionAction.RESOLVED, TransitionAction.RESULT_RETURNED);
        DossierTransition firstStep = history.get(4);
        assertThat(firstStep.actor()).isEqualTo("specialist");
        assertThat(firstStep.stepName()).isNotBlank();
        assertThat(firstStep.outcome()).isEqualTo("approve");
        assertThat(firstStep.note()).contains("Sổ đăng ký khai sinh");
        assertThat(firstStep.agencyCode()).isEqualTo("XPV");
        assertThat(history.get(6).fromStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(history.get(6).onTime()).isTrue();

        // the reporting fact: Mon 10:00 -> Tue 10:00 is 8 working hours, 6 of them paused
        assertThat(jdbc.sql("SELECT timeliness, working_minutes, paused_minutes, version_tag FROM dossier_fact "
                        + "WHERE dossier_code = ?").param(code)
                .query((rs, row) -> List.of(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4))).single())
                .containsExactly("ON_TIME", 120, 360, "current-2020");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM step_fact WHERE dossier_code = ? AND working_minutes >= 0").param(code)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aRejectedDossierIsResolvedWithARefusal() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();

        signIn.as("specialist");
        tasks.complete(openTaskOf(code).id(), "reject", "Người yêu cầu không có quyền đăng ký");

        Dossier resolved = dossiers.get(code);
        assertThat(resolved.status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(resolved.result()).isEqualTo(DossierResult.REFUSED);
    }

    @Test
    void refusalWithdrawalAndStopEndTheProcessWithoutAResult() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String notAccepted = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        String withdrawn = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        String stopped = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();

        actions.refuse(notAccepted, "Hồ sơ không thuộc thẩm quyền giải quyết");
        actions.withdraw(withdrawn, "Công dân xin rút hồ sơ");
        signIn.as("specialist");
        actions.requestSupplement(stopped, "Thiếu tờ khai");
        actions.stop(stopped, "Quá thời hạn bổ sung mà công dân không bổ sung");

        assertThat(dossiers.get(notAccepted).status()).isEqualTo(DossierStatus.NOT_ACCEPTED);
        assertThat(dossiers.get(withdrawn).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(dossiers.get(stopped).status()).isEqualTo(DossierStatus.STOPPED);
        for (String code : List.of(notAccepted, withdrawn, stopped)) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
                    .as("no process left for %s", code).isZero();
            assertThat(dossiers.get(code).closedAt()).isEqualTo(MONDAY_10_00);
        }
    }

    @Test
    void actingOnAFinishedDossierIsRefusedAndChangesNothing() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        actions.withdraw(code, "Công dân xin rút hồ sơ");
        int historySize = dossiers.history(code).size();

        assertThatThrownBy(() -> actions.withdraw(code, "lần nữa")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> actions.returnResult(code, null)).isInstanceOf(ConflictException.class);
        signIn.as("specialist");
        assertThatThrownBy(() -> actions.requestSupplement(code, "Thiếu giấy tờ"))
                .isInstanceOf(ConflictException.class);

        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(dossiers.history(code)).hasSize(historySize);
    }

    @Test
    void anInterAgencyDossierBecomesVisibleToTheDepartmentThatTakesAStep() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(SOCIAL_ALLOWANCE)).code();

        signIn.as("specialist.syt");
        assertThatThrownBy(() -> dossiers.get(code)).as("not yet handed over").isInstanceOf(NotFoundException.class);

        signIn.as("specialist");
        tasks.complete(openTaskOf(code).id(), "approve", null);
        signIn.as("leader");
        tasks.complete(openTaskOf(code).id(), "approve", "Đề nghị Sở Y tế xem xét");

        signIn.as("specialist.syt");
        ClerkTask appraisal = openTaskOf(code);
        assertThat(appraisal.candidateGroups()).containsExactly("SYT.specialist");
        assertThat(dossiers.get(code).agencyCode()).isEqualTo("XPV");
        tasks.complete(appraisal.id(), "approve", null);
        signIn.as("leader.syt");
        tasks.complete(openTaskOf(code).id(), "approve", null);
        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(dossiers.history(code)).filteredOn(t -> t.action() == TransitionAction.STEP_COMPLETED)
                .extracting(DossierTransition::agencyCode).containsExactly("XPV", "XPV", "SYT", "SYT");

        signIn.as("specialist2");
        assertThatThrownBy(() -> dossiers.get(code)).as("another commune").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aClaimMadeInCamundasOwnTasklistMovesTheDossierToProcessing() {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult().getId();

        taskService.claim(taskId, "specialist");

        assertThat(dossiers.get(code).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossiers.history(code)).last().satisfies(transition -> {
            assertThat(transition.action()).isEqualTo(TransitionAction.PROCESSING_STARTED);
            assertThat(transition.actor()).isEqualTo("specialist");
        });
    }

    private ClerkTask openTaskOf(String code) {
        return tasks.openTasksOf(code).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no open task of " + code + " for this user"));
    }
}
