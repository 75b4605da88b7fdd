package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * The reduction report on business household registration: two dossiers on the 2021 version
 * (5 working days, four steps, hand-over to the Department of Finance) in June 2025 taking 3 and
 * 4 working days, two on the simplified version (3 working days, two steps at the commune) in
 * July 2025 taking 1 and 2. Mean 3.5 against 1.5: 57.14 % shorter; statutory 40 % shorter.
 */
@DatabaseTest
@TestPropertySource(properties = "motcua.test.scenario=reduction-2025")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReductionReportTest {

    @Autowired ReductionReport reduction;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;

    /** Mondays, 09:00. */
    static final LocalDateTime OLD_RECEIPT = LocalDateTime.of(2025, 6, 2, 9, 0);
    static final LocalDateTime NEW_RECEIPT = LocalDateTime.of(2025, 7, 7, 9, 0);

    @BeforeAll
    void dossiersOnBothVersions(@Autowired DossierIntake intake, @Autowired DossierActions actions,
                                @Autowired ClerkTasks tasks) {
        Clerks clerks = new Clerks(intake, actions, tasks, clock, signIn);
        for (int extraDays : new int[] {0, 1}) {
            String code = clerks.receive(SlaScenario.BUSINESS_HOUSEHOLD, Channel.DESK, OLD_RECEIPT);
            clerks.completeAll(code, "approve", OLD_RECEIPT.withHour(11), "specialist");
            clerks.completeAll(code, "approve", OLD_RECEIPT.withHour(14), "leader");
            // the Department of Finance holds it until Wednesday (or Thursday) 14:00
            clerks.completeAll(code, "approve", OLD_RECEIPT.plusDays(2 + extraDays).withHour(14), "specialist.stc");
            clerks.completeAll(code, "approve", OLD_RECEIPT.plusDays(3 + extraDays), "leader.stc");
        }
        for (int extraDays : new int[] {0, 1}) {
            String code = clerks.receive(SlaScenario.BUSINESS_HOUSEHOLD, Channel.DESK, NEW_RECEIPT);
            clerks.completeAll(code, "approve", NEW_RECEIPT.withHour(14), "specialist");
            clerks.completeAll(code, "approve", NEW_RECEIPT.plusDays(1 + extraDays), "leader");
        }
        signIn.out();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSimplifiedVersionIsMeasurablyShorter() {
        ReductionReport.Comparison report = reduction.of(SlaScenario.BUSINESS_HOUSEHOLD);

        assertThat(report.versions()).hasSize(2);
        ReductionReport.VersionFigures old = report.versions().get(0);
        ReductionReport.VersionFigures simplified = report.versions().get(1);
        assertThat(old.statutoryWorkingDays()).isEqualTo(5);
        assertThat(old.steps()).isEqualTo(4);
        assertThat(old.handovers()).isPositive();
        assertThat(old.resolved()).isEqualTo(2);
        assertThat(old.meanWorkingDays()).isEqualByComparingTo("3.5");
        assertThat(old.medianWorkingDays()).isEqualByComparingTo("3");
        assertThat(old.p90WorkingDays()).isEqualByComparingTo("4");
        assertThat(old.onTimeRate()).isEqualByComparingTo("100");

        assertThat(simplified.statutoryWorkingDays()).isEqualTo(3);
        assertThat(simplified.steps()).isEqualTo(2);
        assertThat(simplified.handovers()).isZero();
        assertThat(simplified.resolved()).isEqualTo(2);
        assertThat(simplified.meanWorkingDays()).isEqualByComparingTo("1.5");

        assertThat(report.statutoryReductionPercent()).isEqualByComparingTo("40.00");
        assertThat(report.actualReductionPercent()).isEqualByComparingTo("57.14");
    }

    @Test
    void theBottleneckOfTheOldVersionIsTheDepartmentOfFinance() {
        ReductionReport.Comparison report = reduction.of(SlaScenario.BUSINESS_HOUSEHOLD);
        int oldVersion = report.versions().get(0).version();

        ReductionReport.StepFigures slowest = report.bottlenecks().stream().filter(s -> s.version() == oldVersion)
                .findFirst().orElseThrow();
        assertThat(slowest.stepId()).isEqualTo("userTask_registerInNationalSystem");
        assertThat(slowest.agencyCode()).isEqualTo("STC");
        assertThat(slowest.completed()).isEqualTo(2);
        // Monday 14:00 to Wednesday 14:00 = 2 working days; to Thursday 14:00 = 3
        assertThat(slowest.meanWorkingDays()).isEqualByComparingTo("2.5");
        assertThat(report.bottlenecks()).filteredOn(s -> s.version() == oldVersion).hasSize(4);
    }
}
