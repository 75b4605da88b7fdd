package vn.motcua.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.test.TestHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Harness for the process test of one shipped BPMN file: a plain in-memory engine (no Spring), the file
 * deployed straight from {@code bpmn/} (the tests exercise the file we ship, not a copy), a fixed clock,
 * a dossier received at the start of every test, and a recording stand-in for the {@code dueSoonReminder}
 * bean.
 *
 * <p>The plain engine reads BPMN durations as calendar time, while the application's engine reads them as
 * working time. The tests therefore never hard-code when a timer fires: they read the timer job's due date
 * and move the clock around it. Whether a reminder sits at 75–80 % of its step in working time is checked
 * by {@link ModelConventionsTest}.
 */
@ExtendWith(ProcedureModelTest.ModelsEngineExtension.class)
abstract class ProcedureModelTest {

    static final String APPROVE = "approve";
    static final String RETURN_TO_PREVIOUS = "returnToPrevious";
    static final String FORWARD = "forward";
    static final String REJECT = "reject";

    static final String AGENCY_CODE = "XPV";
    /** Dossier codes are {agency}-{yyMMdd}-{NNNN}: the first dossier of the day the clock is set to. */
    static final String DOSSIER_CODE = "XPV-261130-0001";
    /** Monday 30 November 2026, 08:00 in Vietnam: a working morning, so moved clocks read naturally. */
    static final Instant RECEIVED_AT = OffsetDateTime.parse("2026-11-30T08:00:00+07:00").toInstant();

    static final String RESULT_READY = "endEvent_resultReady";
    static final String REFUSED = "endEvent_refused";

    /**
     * The engine extension on our own configuration (a plain engine of its own, see models/camunda.cfg.xml).
     * Declared with {@code @ExtendWith} so that each test class gets its own extension instance: one static
     * instance shared by the subclasses loses its engine after the first class's afterAll.
     */
    static class ModelsEngineExtension extends ProcessEngineExtension {
        ModelsEngineExtension() {
            configurationResource = "models/camunda.cfg.xml";
        }
    }

    /** A step of the procedure with what the model must declare for it. */
    record Step(String taskKey, String candidateGroup, String allotment) {
        /** The reminder elements are named after the step: userTask_checkDossier → boundaryTimer_remindCheckDossier. */
        private String suffix() {
            String name = taskKey.substring("userTask_".length());
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        String reminderTimer() { return "boundaryTimer_remind" + suffix(); }
        String reminderTask() { return "serviceTask_remind" + suffix(); }
        String reminderEnd() { return "endEvent_reminded" + suffix(); }
    }

    /** What the reminder bean was called with: where in the process, for which dossier and agency. */
    record Reminder(String activityId, String dossierCode, Object agencyCode) {}

    /** The dossiers whose fee the feeRequest listener was asked for, in order. */
    protected final List<String> feeRequests = new ArrayList<>();
    /** Calls of the dueSoonReminder bean, in order. */
    protected final List<Reminder> reminders = new ArrayList<>();
    protected ProcessInstance dossier;
    private String deploymentId;

    /** The file under bpmn/, e.g. "birth-registration/birth-registration.bpmn". */
    protected abstract String bpmnFile();

    protected abstract String processKey();

    @BeforeEach
    void deployTheModelAndReceiveADossier(ProcessEngine engine) throws IOException {
        // The assertions must use this engine even if a Spring test started another one in the same JVM.
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(RECEIVED_AT));
        JavaDelegate dueSoonReminder = execution -> reminders.add(new Reminder(
                execution.getCurrentActivityId(), execution.getProcessBusinessKey(), execution.getVariable("agencyCode")));
        Mocks.register("dueSoonReminder", dueSoonReminder);
        Mocks.register("feeRequest", (ExecutionListener) execution -> feeRequests.add(execution.getProcessBusinessKey()));

        Path file = Path.of("bpmn").resolve(bpmnFile());
        try (InputStream xml = Files.newInputStream(file)) {
            deploymentId = repositoryService().createDeployment()
                    .name(bpmnFile())
                    .addInputStream(file.getFileName().toString(), xml)
                    .deploy()
                    .getId();
        }

        dossier = runtimeService().startProcessInstanceByKey(processKey(), DOSSIER_CODE,
                withVariables("agencyCode", AGENCY_CODE));
        assertThat(dossier).isStarted().hasPassed("startEvent_dossierReceived");
    }

    /**
     * Closes the engine once the class is done. The extension caches it for the next class (which then
     * builds it again, about a second), but left running it would stay registered in ProcessEngines
     * beside the Spring tests' engine, and camunda-bpm-assert picks "the" engine from there.
     */
    @AfterAll
    static void closeTheEngine() {
        TestHelper.closeProcessEngines();
    }

    @AfterEach
    void undeployWithInstancesAndHistory() {
        if (deploymentId != null) {
            repositoryService().deleteDeployment(deploymentId, true);
        }
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /**
     * Asserts the dossier waits at the step, offered to the step's group, due after the step's allotment,
     * with its reminder scheduled before that due date; returns the task.
     */
    protected Task arriveAt(Step step) {
        assertThat(dossier).isWaitingAtExactly(step.taskKey());
        Task task = task(dossier);
        assertThat(task).hasCandidateGroup(step.candidateGroup());
        // Measured from the task's creation: a test may have moved the clock since.
        assertThat(task.getDueDate()).as("due date of %s", step.taskKey())
                .isEqualTo(Date.from(task.getCreateTime().toInstant().plus(Duration.parse(step.allotment()))));
        assertThat(reminderTimerOf(step).getDuedate()).as("reminder of %s", step.taskKey()).isBefore(task.getDueDate());
        return task;
    }

    /** Completes the step with the decision; the application records an outcome on every completion. */
    protected void decide(Step step, String outcome) {
        complete(arriveAt(step), withVariables("outcome", outcome));
    }

    /**
     * Walks the reminder of the step the dossier has just reached, then decides it: nothing fires before the
     * timer's due date; once the clock is past it, the timer job calls the reminder bean once, for this
     * dossier, and the step is still waiting as the same task (the timer does not interrupt it), so it can
     * still be decided.
     */
    protected void remindBeforeDueThenDecide(Step step, String outcome) {
        Task waiting = arriveAt(step);
        Date remindAt = reminderTimerOf(step).getDuedate();

        ClockUtil.setCurrentTime(Date.from(remindAt.toInstant().minusSeconds(60)));
        assertThat(dueTimers().count()).as("timers due a minute before the reminder").isZero();

        ClockUtil.setCurrentTime(Date.from(remindAt.toInstant().plusSeconds(60)));
        reminders.clear();
        Job reminderTimer = dueTimers().singleResult();
        assertThat(reminderTimer).as("the reminder timer is due").isNotNull();
        execute(reminderTimer);

        assertThat(reminders).containsExactly(new Reminder(step.reminderTask(), DOSSIER_CODE, AGENCY_CODE));
        assertThat(dossier).isWaitingAtExactly(step.taskKey()).hasPassed(step.reminderTask(), step.reminderEnd());
        Task stillWaiting = task(dossier);
        assertThat(stillWaiting.getId()).as("the reminded task is the same task").isEqualTo(waiting.getId());
        assertThat(dueTimers().count()).as("a step is reminded once").isZero();

        complete(stillWaiting, withVariables("outcome", outcome));
    }

    /** The dossier waits at its fee step, its fee requested once; the payment's message lets it go on. */
    protected void payFee(String feeStep) {
        assertThat(dossier).isWaitingAtExactly(feeStep);
        assertThat(feeRequests).containsExactly(DOSSIER_CODE);
        runtimeService().createMessageCorrelation("feePaid").processInstanceBusinessKey(DOSSIER_CODE).correlate();
    }

    protected void assertEndedWithResult() {
        assertThat(dossier).isEnded().hasPassed(RESULT_READY).hasNotPassed(REFUSED);
    }

    protected void assertRefused() {
        assertThat(dossier).isEnded().hasPassed(REFUSED).hasNotPassed(RESULT_READY);
    }

    /** How many times the dossier entered the step (a step returned to is entered again). */
    protected long timesEntered(Step step) {
        return historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(dossier.getId())
                .activityId(step.taskKey())
                .count();
    }

    private Job reminderTimerOf(Step step) {
        Job timer = managementService().createJobQuery()
                .processInstanceId(dossier.getId())
                .activityId(step.reminderTimer())
                .timers()
                .singleResult();
        assertThat(timer).as("reminder timer %s", step.reminderTimer()).isNotNull();
        return timer;
    }

    /** Timers of this dossier that the job executor would run at the current (moved) clock. */
    private JobQuery dueTimers() {
        return managementService().createJobQuery().processInstanceId(dossier.getId()).timers().executable();
    }
}
