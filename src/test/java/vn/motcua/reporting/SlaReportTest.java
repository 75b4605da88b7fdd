package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.ResultPage;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** The SLA report against a scenario whose answer is known by construction, on H2 and PostgreSQL. */
@DatabaseTest
@TestPropertySource(properties = "motcua.test.scenario=sla-march-2027") // a context (and database) of its own
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportTest {

    @Autowired SlaReport report;
    @Autowired SlaDossiers dossiers;
    @Autowired SlaParameters parameters;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;

    @BeforeAll
    void march2027(@Autowired DossierIntake intake, @Autowired DossierActions actions, @Autowired ClerkTasks tasks) {
        SlaScenario.build(new Clerks(intake, actions, tasks, clock, signIn));
        signIn.out();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTotalRowHasTheKnownFigures() {
        SlaFigures total = report.report(march(null)).total();

        assertThat(total.carriedOver()).isEqualTo(1);
        assertThat(List.of(total.received(), total.receivedDesk(), total.receivedOnline(), total.receivedPost()))
                .containsExactly(13L, 8L, 3L, 2L);
        assertThat(List.of(total.resolved(), total.early(), total.onTime(), total.late(), total.refused()))
                .containsExactly(9L, 3L, 4L, 2L, 1L);
        assertThat(total.onTimeRate()).isEqualByComparingTo("77.78");
        assertThat(List.of(total.pending(), total.pendingInTime(), total.overdue(), total.waitingForSupplement()))
                .containsExactly(2L, 1L, 1L, 1L);
        assertThat(List.of(total.notAccepted(), total.withdrawn(), total.stopped())).containsExactly(1L, 1L, 1L);
        // from Monday 09:00: Tuesday 10:00 = 540 min, Thursday 08:00 = 1380, Friday 10:00 = 1980 (480 min a day)
        assertThat(total.averageWorkingDays()).isEqualByComparingTo(
                BigDecimal.valueOf(3 * 540 + 4 * 1380 + 2 * 1980).divide(BigDecimal.valueOf(9 * 480), 2,
                        java.math.RoundingMode.HALF_UP));
        assertThat(total.p90WorkingDays()).as("9th of 9, 1980 min = 4.125 days, rounded up to a tenth")
                .isEqualByComparingTo("4.2");
    }

    @Test
    void groupsAddUpToTheTotal() {
        SlaReport.Table byChannel = report.report(march("channel"));
        assertThat(byChannel.rows()).extracting(SlaFigures::group).containsExactly("DESK", "ONLINE", "POST");
        assertThat(byChannel.rows()).extracting(SlaFigures::received).containsExactly(8L, 3L, 2L);
        for (SlaFigure figure : SlaFigure.values()) {
            assertThat(byChannel.rows().stream().mapToLong(figure::of).sum()).as(figure.parameter())
                    .isEqualTo(figure.of(byChannel.total()));
        }
        SlaReport.Table byMonth = report.report(parameters.query("2027-02-01", "2027-03-31", "month", null, null,
                null));
        assertThat(byMonth.rows()).extracting(SlaFigures::group).containsExactly("2027-02", "2027-03");
        assertThat(byMonth.rows().get(0).pending()).as("February ends with one pending").isEqualTo(1);
        assertThat(byMonth.rows().get(1).carriedOver()).as("which March inherits").isEqualTo(1);
    }

    @Test
    void everyDrillDownListIsAsLongAsItsFigure() {
        for (String groupBy : List.of("procedure", "agency", "channel", "month")) {
            SlaReport.Table table = report.report(march(groupBy));
            for (SlaFigures row : table.rows()) {
                SlaQuery narrowed = table.query().narrowedTo(table.query().groupBy(), row.group());
                for (SlaFigure figure : SlaFigure.values()) {
                    assertThat(dossiers.page(narrowed, figure, PageRequest.FIRST).total())
                            .as("%s=%s %s", groupBy, row.group(), figure.parameter()).isEqualTo(figure.of(row));
                }
            }
        }
        for (SlaFigure figure : SlaFigure.values()) {
            ResultPage<SlaDossiers.Line> list = dossiers.page(march(null), figure, PageRequest.FIRST);
            assertThat(list.items()).as(figure.parameter()).hasSize((int) figure.of(report.report(march(null)).total()))
                    .hasSize((int) list.total());
        }
    }

    @Test
    void theOverdueDossierIsTheUntouchedOne() {
        List<SlaDossiers.Line> overdue = dossiers.page(march(null), SlaFigure.OVERDUE, PageRequest.FIRST).items();
        assertThat(overdue).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(2);
            assertThat(line.dueAt().toLocalDate()).isEqualTo(SlaScenario.FROM.plusDays(3));
        });
    }

    private SlaQuery march(String groupBy) {
        return parameters.query(SlaScenario.FROM.toString(), SlaScenario.TO.toString(), groupBy, null, null, null);
    }
}
