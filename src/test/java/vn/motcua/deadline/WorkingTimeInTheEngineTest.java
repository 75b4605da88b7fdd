package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * BPMN durations count working time in the real engine: a step allotted PT4H and its reminder
 * timer at PT3H, received on Friday afternoon, fall on Monday morning; the reminder fires when
 * the clock is moved there and leaves the step open.
 */
@DatabaseTest
class WorkingTimeInTheEngineTest {

    @Autowired DossierIntake intake;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void stepDueDatesAndReminderTimersAreInWorkingTime() {
        clock.setFixed(LocalDateTime.of(2026, 12, 11, 16, 0));
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk("1.001193")).code();
        String instance = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getProcessInstanceId();

        Task verify = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        // Friday 16:00-17:00, then Monday 07:00-10:00
        assertThat(ProvinceClock.toLocal(verify.getDueDate())).isEqualTo(LocalDateTime.of(2026, 12, 14, 10, 0));
        Job reminder = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(ProvinceClock.toLocal(reminder.getDuedate())).isEqualTo(LocalDateTime.of(2026, 12, 14, 9, 0));

        clock.setFixed(LocalDateTime.of(2026, 12, 14, 9, 1));
        List<Job> due = management.createJobQuery().processInstanceId(instance).timers().executable().list();
        assertThat(due).hasSize(1);
        management.executeJob(due.get(0).getId());

        assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId())
                .as("the reminder does not interrupt the step").isEqualTo(verify.getId());
        assertThat(jdbc.sql("SELECT recipient FROM notification WHERE dossier_code = ? ORDER BY recipient")
                .param(code).query(String.class).list())
                .containsExactly("XPV.leader", "XPV.specialist");
    }
}
