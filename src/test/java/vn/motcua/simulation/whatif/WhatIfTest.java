package vn.motcua.simulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.Dossiers;
import vn.motcua.procedure.ProcedureDiff;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * The what-if on the shipped business-household pair (old-2021, 4 steps with a hand-over to the
 * Department of Finance; simplified-2025, 2 steps at the commune), in a controlled scenario: every
 * step takes 90 working minutes and dossiers arrive one per working day, so no step waits.
 *
 * <p>Measured: dossiers driven through the live application on each version, the clock moved 90
 * working minutes per step. Predicted: 200 dossiers per model on the simulation engine with
 * service times varying uniformly ±50 % around 90 minutes. Tolerance: 5 percentage points. The
 * mean of a dossier's time over 200 dossiers of k uniform steps has a relative standard error of
 * 0.289/√(200·k), about 1 % for k = 4 and 1.4 % for k = 2, so the predicted reduction's standard
 * error is about 1 point: 5 points is over 3 standard errors, while a wrong sign or a model that
 * ignored the removed steps (0 %) or the hand-over would miss by far more.
 */
@DatabaseTest
class WhatIfTest {

    static final String BUSINESS_HOUSEHOLD = "1.001612";
    static final int STEP_MINUTES = 90;
    /** Old version in force (effective 2021-01-04 until the simplified one on 2025-07-01). */
    static final LocalDateTime OLD_RULES_MONDAY = LocalDateTime.of(2024, 12, 9, 8, 0);
    static final LocalDateTime NEW_RULES_MONDAY = LocalDateTime.of(2026, 12, 7, 8, 0);

    @Autowired WhatIf whatIf;
    @Autowired WhatIfRuns runs;
    @Autowired ProcedureDiff versions;
    @Autowired DossierIntake intake;
    @Autowired Dossiers dossiers;
    @Autowired ClerkTasks tasks;
    @Autowired WorkingCalendar calendar;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void predictedReductionMatchesTheMeasuredOneAndTheLiveSystemIsUntouched() {
        double measuredOld = measureMeanWorkingMinutes(OLD_RULES_MONDAY, List.of(
                "specialist", "leader", "specialist.stc", "leader.stc"));
        double measuredNew = measureMeanWorkingMinutes(NEW_RULES_MONDAY, List.of("specialist", "leader"));
        double measuredReduction = 100 * (measuredOld - measuredNew) / measuredOld;
        assertThat(measuredOld).as("four steps of 90 minutes").isEqualTo(4.0 * STEP_MINUTES);

        clock.setFixed(NEW_RULES_MONDAY.plusDays(7).withHour(10));
        Date engineClockBefore = ClockUtil.getCurrentTime();
        Map<String, Long> liveBefore = liveCounts();

        WhatIfResult result = whatIf.compare(BUSINESS_HOUSEHOLD, oldVersusSimplified(), controlled(200),
                resolved -> { }, () -> false).orElseThrow();

        assertThat(result.baseline().dossiers()).isEqualTo(200);
        assertThat(result.candidate().dossiers()).isEqualTo(200);
        assertThat(result.baseline().statutoryWorkingDays()).isEqualTo(5);
        assertThat(result.candidate().statutoryWorkingDays()).isEqualTo(3);
        assertThat(result.meanReductionPercent()).as("predicted vs measured %.1f %%", measuredReduction)
                .isPositive().isCloseTo(measuredReduction, within(5.0));
        assertThat(result.baseline().onTimeRate()).isEqualTo(1.0);
        assertThat(result.candidate().steps()).extracting(WhatIfResult.StepResult::stepId)
                .containsExactly("userTask_checkAndRegister", "userTask_signRegistrationCertificate");
        assertThat(result.baseline().steps()).allSatisfy(step -> {
            assertThat(step.count()).isEqualTo(200);
            assertThat(step.meanWaitingMinutes()).as("one dossier a day never waits").isZero();
            assertThat(step.meanServiceMinutes()).isCloseTo(STEP_MINUTES, within(STEP_MINUTES * 0.1));
        });

        assertThat(liveCounts()).as("live dossiers, transitions, engine history and deployments").isEqualTo(liveBefore);
        assertThat(ClockUtil.getCurrentTime()).as("the live engine's clock").isEqualTo(engineClockBefore);
        assertThat(clock.now()).isEqualTo(NEW_RULES_MONDAY.plusDays(7).withHour(10));
    }

    @Test
    void queueingShowsAsWaitingWhenArrivalsOutpaceOneClerk() {
        clock.setFixed(NEW_RULES_MONDAY.withHour(9));
        WhatIfSettings busy = new WhatIfSettings(100, 8.0, serviceOf(STEP_MINUTES), 1, false, 7);
        WhatIfResult result = whatIf.compare(BUSINESS_HOUSEHOLD, oldVersusSimplified(), busy, r -> { }, () -> false)
                .orElseThrow();
        // 8 dossiers a day, 90 minutes each: a commune specialist needs 12 hours a day for 8 hours of office
        assertThat(result.candidate().steps().get(0).meanWaitingMinutes()).isGreaterThan(60);
        assertThat(result.candidate().onTimeRate()).isLessThan(1.0);
    }

    @Test
    void aLongRunReportsProgressAndCanBeCancelled() throws InterruptedException {
        clock.setFixed(NEW_RULES_MONDAY.withHour(9));
        WhatIfRuns.Run run = runs.start(BUSINESS_HOUSEHOLD, oldVersusSimplified(), controlled(WhatIfSettings.MAX_DOSSIERS));
        long deadline = System.currentTimeMillis() + 60_000;
        while (run.percent() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(run.percent()).as("progress reported while running").isPositive();
        runs.cancel(run.id());
        while (!run.finished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(run.state()).isEqualTo(WhatIfRuns.State.CANCELLED);
        assertThat(run.result()).isNull();
        assertThat(run.percent()).isLessThan(100);
    }

    private WhatIf.Models oldVersusSimplified() {
        return new WhatIf.Models(versions.versionXml(BUSINESS_HOUSEHOLD, 1), "old-2021",
                versions.versionXml(BUSINESS_HOUSEHOLD, 2), "simplified-2025");
    }

    private static WhatIfSettings controlled(int dossiers) {
        return new WhatIfSettings(dossiers, 1.0, serviceOf(STEP_MINUTES), 1, true, 42);
    }

    private static Map<String, Integer> serviceOf(int minutes) {
        return Map.of("userTask_checkDossier", minutes, "userTask_reviewByCommuneLeader", minutes,
                "userTask_registerInNationalSystem", minutes, "userTask_signRegistrationCertificate", minutes,
                "userTask_checkAndRegister", minutes);
    }

    /** Three dossiers, one after the other, each step done by its clerk 90 working minutes after it opened. */
    private double measureMeanWorkingMinutes(LocalDateTime start, List<String> clerks) {
        List<Long> minutes = new ArrayList<>();
        LocalDateTime now = start;
        for (int i = 0; i < 3; i++) {
            clock.setFixed(now);
            signIn.as("reception");
            Dossier dossier = intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD));
            for (String clerk : clerks) {
                now = calendar.plusWorkingTime(dossier.agencyCode(), clock.now(), Duration.ofMinutes(STEP_MINUTES));
                clock.setFixed(now);
                signIn.as(clerk);
                ClerkTask step = tasks.openTasksOf(dossier.code()).get(0);
                tasks.claim(step.id());
                tasks.complete(step.id(), "approve", null);
            }
            Dossier resolved = dossiers.get(dossier.code());
            assertThat(resolved.resolvedAt()).as("resolved").isNotNull();
            minutes.add(calendar.workingTimeBetween(resolved.agencyCode(), resolved.countFrom(), resolved.resolvedAt())
                    .toMinutes());
            now = calendar.plusWorkingTime(dossier.agencyCode(), now, Duration.ofHours(1));
        }
        signIn.out();
        return minutes.stream().mapToLong(Long::longValue).average().orElseThrow();
    }

    private Map<String, Long> liveCounts() {
        return Map.of(
                "dossier", count("dossier"), "dossier_transition", count("dossier_transition"),
                "ACT_HI_PROCINST", count("ACT_HI_PROCINST"), "ACT_RU_EXECUTION", count("ACT_RU_EXECUTION"),
                "ACT_HI_TASKINST", count("ACT_HI_TASKINST"), "ACT_RE_DEPLOYMENT", count("ACT_RE_DEPLOYMENT"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
