package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.reporting.SlaFigures;
import vn.motcua.reporting.SlaParameters;
import vn.motcua.reporting.SlaReport;
import vn.motcua.testing.DatabaseTest;

/** Two weeks around the simplification of 1 July 2025, played through the real engine. */
@DatabaseTest
@TestPropertySource(properties = "motcua.test.scenario=simulation")
class HistoryGeneratorTest {

    @Autowired HistoryGenerator generator;
    @Autowired JdbcClient jdbc;
    @Autowired SlaReport sla;
    @Autowired SlaParameters parameters;

    @Test
    void dossiersRunThroughTheEngineOnTheVersionInForceAndEveryOneIsCounted() {
        HistoryGenerator.Result result = generator.generate(SimulationModel.commune(), Roster.demo(),
                LocalDate.of(2025, 6, 23), LocalDate.of(2025, 7, 4), LocalDateTime.of(2025, 8, 31, 0, 0), 7,
                (day, last, received, elapsed) -> { });

        assertThat(result.failures()).isZero();
        assertThat(result.received()).isGreaterThan(15);
        assertThat(result.resolved()).isPositive();
        assertThat(result.received()).isEqualTo(result.resolved() + result.closed() + result.pending());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_fact").query(Integer.class).single())
                .isEqualTo(result.resolved());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_transition WHERE action = 'STEP_COMPLETED'")
                .query(Integer.class).single()).as("steps decided through the task list").isGreaterThan(result.resolved());

        List<String> tags = jdbc.sql("""
                SELECT DISTINCT CASE WHEN d.received_at < ? THEN 'before' ELSE 'after' END || ':' || v.version_tag
                FROM dossier d JOIN procedure_version v ON v.process_definition_id = d.process_definition_id
                WHERE d.procedure_code = '1.001612'""").param(LocalDateTime.of(2025, 7, 1, 0, 0))
                .query(String.class).list();
        assertThat(tags).as("business household dossiers on the version in force on their day").allSatisfy(tag ->
                assertThat(tag.startsWith("before:")).isEqualTo(tag.contains("2021")));

        assertThat(jdbc.sql("SELECT MAX(START_TIME_) FROM ACT_HI_PROCINST").query(LocalDateTime.class).single())
                .as("the engine's own history at simulated times, too (ADR 0012)")
                .isBefore(LocalDateTime.of(2025, 9, 1, 0, 0));

        SlaFigures total = sla.report(parameters.query("2025-06-23", "2025-08-30", null, null, null, null)).total();
        assertThat(total.received()).isEqualTo(result.received());
        assertThat(total.resolved()).isEqualTo(result.resolved());
    }
}
