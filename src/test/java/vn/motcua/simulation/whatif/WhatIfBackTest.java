package vn.motcua.simulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureDiff;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.reporting.ReductionReport;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.simulation.ArrivalModel;
import vn.motcua.simulation.HistoryGenerator;
import vn.motcua.simulation.Roster;
import vn.motcua.simulation.SimulationModel;
import vn.motcua.testing.DatabaseTest;

/**
 * Back-test of the what-if (ADR 0018): a history is generated through the live application by
 * the demo's generator (the commune model: log-normal step times, supplements, rejections, slowed
 * dossiers), then the what-if runs the version in force, fed with that history only (arrival
 * rate, receiving agency, service times), and must predict what the history measured: the
 * on-time rate and the mean working time of the version's resolved dossiers.
 *
 * <p>Tolerance: three standard errors of the difference between the measured and the predicted
 * figure, each side's sampling error counted. The on-time rate's is binomial, √(p(1−p)/n), with
 * the Agresti–Coull p̃ = (x+2)/(n+4) so that a history that was 100 % on time still has an
 * error; the mean's is s/√n with s the measured standard deviation (the prediction's side with
 * the same s over its own number of dossiers). The seeds are fixed, so the test is repeatable;
 * three standard errors make a chance failure on another seed unlikely (0.3 % per figure),
 * while the defect it guards against (8.5 % predicted for 88.9 % measured) is off by tens of them.
 */
@DatabaseTest
// a database of its own: HistoryGeneratorTest counts every dossier of the database it runs on
@TestPropertySource(properties = "motcua.test.scenario=whatif-backtest")
class WhatIfBackTest {

    static final String CONSTRUCTION_PERMIT = "XD.0001";
    /** Four weeks of arrivals on the current versions (no holiday), about 20 dossiers a procedure. */
    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate TO = LocalDate.of(2026, 3, 27);
    /** Four weeks of construction permits on the 2021 version (in force until 1 July 2025). */
    static final LocalDate OLD_FROM = LocalDate.of(2025, 5, 5);
    static final LocalDate OLD_TO = LocalDate.of(2025, 5, 30);
    /** The what-if is asked the Monday after the last arrival. */
    static final LocalDateTime ASKED_AT = LocalDateTime.of(2026, 3, 30, 8, 0);
    static final double STANDARD_ERRORS = 3;
    static final int SIMULATED_DOSSIERS = 60;

    private static boolean generated;

    @Autowired HistoryGenerator generator;
    @Autowired WhatIf whatIf;
    @Autowired ProcedureCatalog catalog;
    @Autowired ProcedureDiff versions;
    @Autowired ReductionReport reduction;
    @Autowired ProvinceClock clock;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void generateHistoryOnce() {
        if (generated) {
            return;
        }
        Map<String, Double> current = Map.of("1.001193", 1.0, "1.001612", 1.0, CONSTRUCTION_PERMIT, 1.0,
                "1.001776", 1.0);
        HistoryGenerator.Result now = generator.generate(communeWith(current), Roster.demo(), FROM, TO,
                TO.plusWeeks(9).atStartOfDay(), 18, (day, last, received, elapsed) -> { });
        HistoryGenerator.Result old = generator.generate(communeWith(Map.of(CONSTRUCTION_PERMIT, 1.0)), Roster.demo(),
                OLD_FROM, OLD_TO, OLD_TO.plusWeeks(9).atStartOfDay(), 2021, (day, last, received, elapsed) -> { });
        assertThat(now.failures() + old.failures()).isZero();
        generated = true;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.001193", "1.001612", CONSTRUCTION_PERMIT, "1.001776"})
    void theVersionInForcePredictsWhatItsHistoryMeasured(String procedure) {
        ProcedureVersion inForce = catalog.find(procedure).orElseThrow().versionInForce(ASKED_AT.toLocalDate())
                .orElseThrow();
        Measured measured = measured(inForce.processDefinitionId());
        assertThat(measured.dossiers()).as("resolved dossiers in the history").isGreaterThanOrEqualTo(15);

        clock.setFixed(ASKED_AT);
        byte[] xml = versions.versionXml(procedure, inForce.version());
        WhatIfResult.ModelResult predicted = whatIf.compare(procedure, new WhatIf.Models(xml, "in force", xml,
                        "in force"), fedWithHistory(), resolved -> { }, () -> false).orElseThrow().baseline();

        double onTimeError = Math.sqrt(binomialVariance(measured.onTime(), measured.dossiers())
                + binomialVariance(Math.round(predicted.onTimeRate() * predicted.dossiers()), predicted.dossiers()));
        assertThat(predicted.onTimeRate()).as("%s on-time rate: measured %.3f over %d dossiers, predicted %.3f",
                        procedure, measured.onTimeRate(), measured.dossiers(), predicted.onTimeRate())
                .isBetween(measured.onTimeRate() - STANDARD_ERRORS * onTimeError,
                        measured.onTimeRate() + STANDARD_ERRORS * onTimeError);

        double meanError = measured.sdMinutes() * Math.sqrt(1.0 / measured.dossiers() + 1.0 / predicted.dossiers());
        assertThat(predicted.meanWorkingMinutes()).as("%s mean working minutes: measured %.0f (s = %.0f), predicted %.0f",
                        procedure, measured.meanMinutes(), measured.sdMinutes(), predicted.meanWorkingMinutes())
                .isBetween(measured.meanMinutes() - STANDARD_ERRORS * meanError,
                        measured.meanMinutes() + STANDARD_ERRORS * meanError);
    }

    @Test
    void theOld15DayConstructionPermitComesOutSlowerAsInTheReductionReport() {
        List<ProcedureVersion> permits = catalog.find(CONSTRUCTION_PERMIT).orElseThrow().versions();
        int oldest = permits.get(0).version();
        int newest = permits.get(permits.size() - 1).version();
        assertThat(permits.get(0).statutoryWorkingDays()).isEqualTo(15);
        double measuredReduction = reduction.of(CONSTRUCTION_PERMIT).actualReductionPercent().doubleValue();

        clock.setFixed(ASKED_AT);
        WhatIfResult predicted = whatIf.compare(CONSTRUCTION_PERMIT, new WhatIf.Models(
                versions.versionXml(CONSTRUCTION_PERMIT, oldest), "2021",
                versions.versionXml(CONSTRUCTION_PERMIT, newest), "2025"), fedWithHistory(), resolved -> { },
                () -> false).orElseThrow();

        assertThat(measuredReduction).as("the reduction report: the 2025 version is faster").isPositive();
        assertThat(predicted.meanReductionPercent()).as("the what-if's reduction, 2021 → 2025 (measured %.1f %%)",
                measuredReduction).isPositive();
    }

    /** Everything from history: arrival rate and service times; one clerk per group, as in the roster. */
    private static WhatIfSettings fedWithHistory() {
        return new WhatIfSettings(SIMULATED_DOSSIERS, null, Map.of(), 1, true, 20_260_330L);
    }

    private static SimulationModel communeWith(Map<String, Double> perWorkingDay) {
        SimulationModel commune = SimulationModel.commune();
        ArrivalModel a = commune.arrivals();
        return new SimulationModel(new ArrivalModel(perWorkingDay, a.weekdayFactors(), a.hourWeights(),
                a.agencyShares(), a.channelShares()), commune.serviceTimes(), commune.fates());
    }

    /** The variance of a share of x in n, by Agresti–Coull's p̃ (never zero, even at 0 % or 100 %). */
    private static double binomialVariance(long x, int n) {
        double p = (x + 2.0) / (n + 4.0);
        return p * (1 - p) / n;
    }

    record Measured(int dossiers, long onTime, double meanMinutes, double sdMinutes) {
        double onTimeRate() {
            return (double) onTime / dossiers;
        }
    }

    /** The version's dossiers received in the period and resolved, as the reports count them. */
    private Measured measured(String processDefinitionId) {
        return jdbc.sql("""
                SELECT COUNT(*), SUM(CASE WHEN timeliness <> 'LATE' THEN 1 ELSE 0 END),
                       AVG(CAST(working_minutes AS DOUBLE PRECISION)),
                       STDDEV_SAMP(CAST(working_minutes AS DOUBLE PRECISION))
                FROM dossier_fact WHERE process_definition_id = ? AND received_day BETWEEN ? AND ?""")
                .params(processDefinitionId, FROM, TO)
                .query((rs, row) -> new Measured(rs.getInt(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)))
                .single();
    }
}
