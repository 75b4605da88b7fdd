package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.reporting.SlaParameters;
import vn.motcua.reporting.SlaQuery;
import vn.motcua.reporting.SlaReport;
import vn.motcua.simulation.HistoryGenerator;
import vn.motcua.simulation.Roster;
import vn.motcua.simulation.SimulationModel;
import vn.motcua.testing.TestDatabases;

/**
 * Benchmark, not a test: the 12-month SLA report at 1 M resolved dossiers, from our reporting
 * tables against the same figures computed from Camunda's ACT_HI tables, in one run.
 *
 * <p>Loading: two weeks of dossiers are first played through the real engine and services
 * (the simulation); their rows — dossier, dossier_fact, ACT_HI_PROCINST, ACT_HI_TASKINST,
 * ACT_HI_VARINST — are then copied (COPY) with new ids and times spread over the 12 months
 * up to now until there are {@code bench.dossiers} resolved dossiers. These rows are
 * synthetic; the rollup is then built from them with the SQL equivalent of what the
 * reporting listener writes. dossier_transition rows are not copied (no report here reads them).
 *
 * <p>Run: {@code TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test mvn -Pbench test
 * -Dtest=SlaReportBenchmark -Dbench.dossiers=1000000} (PostgreSQL only; the H2 run is skipped).
 */
@SpringBootTest(properties = "motcua.demo.history.enabled=false")
@ActiveProfiles({"demo", "test"})
@Tag("bench")
class SlaReportBenchmark {

    private static final List<String> CAMUNDA_TABLES = List.of("act_hi_procinst", "act_hi_taskinst", "act_hi_varinst");

    @Autowired HistoryGenerator generator;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired SlaReport sla;
    @Autowired SlaParameters parameters;

    @Test
    void slaReportFromOurTablesAgainstCamundaHistory() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresSelected(), "PostgreSQL only");
        int target = Integer.getInteger("bench.dossiers", 20_000);
        int runs = Integer.getInteger("bench.runs", 20);
        LocalDate lastDay = LocalDate.now();
        LocalDate firstDay = lastDay.minusMonths(12).plusDays(1);

        long shapeStart = System.nanoTime();
        generator.generate(SimulationModel.commune(), Roster.demo(), LocalDate.of(2025, 9, 8),
                LocalDate.of(2025, 9, 19), LocalDateTime.of(2025, 11, 30, 0, 0), 1, (d, l, r, e) -> { });
        Duration shaping = Duration.ofNanos(System.nanoTime() - shapeStart);
        long loadStart = System.nanoTime();
        int loaded = load(target, firstDay);
        rebuildRollup();
        jdbc.sql("ANALYZE").update();
        Duration loading = Duration.ofNanos(System.nanoTime() - loadStart);

        SlaQuery byProcedure = parameters.query(firstDay.toString(), lastDay.toString(), "procedure", null, null, null);
        SlaQuery byAgency = parameters.query(firstDay.toString(), lastDay.toString(), "agency", null, null, null);
        assertThat(sla.report(byProcedure).total().resolved()).isGreaterThan(loaded * 9L / 10);

        Timings oursProcedure = Timings.of(runs, run -> sla.report(byProcedure));
        Timings oursAgency = Timings.of(runs, run -> sla.report(byAgency));
        int camundaRuns = Integer.getInteger("bench.camundaRuns", 3);
        Timings camundaProcedure = Timings.of(camundaRuns, run -> camunda(CAMUNDA_BY_PROCEDURE, firstDay, lastDay));
        Timings camundaAgency = Timings.of(camundaRuns, run -> camunda(CAMUNDA_BY_AGENCY, firstDay, lastDay));

        String report = String.format("""
                SLA report over 12 months (%s – %s), PostgreSQL, %,d resolved dossiers loaded (synthetic rows \
                shaped by a real engine run of %d s; load %d s)
                  group by procedure: ours %s; ACT_HI %s; ratio of p95 %.0f×
                  group by agency   : ours %s; ACT_HI %s; ratio of p95 %.0f×
                """, firstDay, lastDay, loaded, shaping.toSeconds(), loading.toSeconds(),
                oursProcedure, camundaProcedure, camundaProcedure.p(95) / oursProcedure.p(95),
                oursAgency, camundaAgency, camundaAgency.p(95) / oursAgency.p(95));
        BenchReport.publish("sla", report);
    }

    /**
     * The same figures from the engine's history: received and resolved in the period, early /
     * on time / late against the last step's due date (the engine knows no dossier due date),
     * pending at the end, and the p90 duration (calendar time: the engine knows no working time).
     */
    private static final String CAMUNDA_FIGURES = """
            SELECT grp,
                   SUM(CASE WHEN start_time_ < :start AND (end_time_ IS NULL OR end_time_ >= :start) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN start_time_ >= :start AND start_time_ < :end THEN 1 ELSE 0 END),
                   SUM(CASE WHEN resolved AND CAST(end_time_ AS DATE) < CAST(due AS DATE) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN resolved AND CAST(end_time_ AS DATE) = CAST(due AS DATE) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN resolved AND CAST(end_time_ AS DATE) > CAST(due AS DATE) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN start_time_ < :end AND (end_time_ IS NULL OR end_time_ >= :end) THEN 1 ELSE 0 END),
                   PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY CASE WHEN resolved THEN duration_ END)
            FROM (SELECT %s AS grp, pi.start_time_, pi.end_time_, pi.duration_,
                         (pi.end_time_ >= :start AND pi.end_time_ < :end AND pi.state_ = 'COMPLETED') AS resolved,
                         (SELECT MAX(t.due_date_) FROM act_hi_taskinst t WHERE t.proc_inst_id_ = pi.proc_inst_id_) AS due
                  FROM act_hi_procinst pi %s) x
            GROUP BY grp""";
    private static final String CAMUNDA_BY_PROCEDURE = CAMUNDA_FIGURES.formatted("pi.proc_def_key_", "");
    private static final String CAMUNDA_BY_AGENCY = CAMUNDA_FIGURES.formatted("v.text_",
            "JOIN act_hi_varinst v ON v.proc_inst_id_ = pi.proc_inst_id_ AND v.name_ = 'agencyCode'");

    private Object camunda(String sql, LocalDate first, LocalDate last) {
        return jdbc.sql(sql).param("start", first.atStartOfDay()).param("end", last.plusDays(1).atStartOfDay())
                .query().listOfRows();
    }

    /** Copies the resolved template dossiers until {@code target} are loaded; answers how many. */
    private int load(int target, LocalDate firstDay) throws Exception {
        List<String> templates = jdbc.sql("""
                SELECT d.code FROM dossier d JOIN dossier_fact f ON f.dossier_code = d.code ORDER BY d.code""")
                .query(String.class).list();
        assertThat(templates).isNotEmpty();
        int copies = (target + templates.size() - 1) / templates.size();
        LocalDate templateDay = LocalDate.of(2025, 9, 8);
        int days = (int) ChronoUnit.DAYS.between(firstDay, LocalDate.now()) - 20;
        TemplateRows dossier = TemplateRows.of(jdbc, "dossier", "code", templates);
        TemplateRows fact = TemplateRows.of(jdbc, "dossier_fact", "dossier_code", templates);
        List<String> instances = jdbc.sql("SELECT process_instance_id FROM dossier d JOIN dossier_fact f "
                + "ON f.dossier_code = d.code").query(String.class).list();
        List<TemplateRows> tables = List.of(dossier, fact,
                TemplateRows.of(jdbc, "act_hi_procinst", "proc_inst_id_", instances),
                TemplateRows.of(jdbc, "act_hi_taskinst", "proc_inst_id_", instances),
                TemplateRows.of(jdbc, "act_hi_varinst", "proc_inst_id_", instances));
        Set<String> ids = new HashSet<>(templates);
        tables.forEach(table -> table.collectIds(ids));
        int loaded = 0;
        try (Connection connection = dataSource.getConnection()) {
            int batch = Math.max(1, 50_000 / templates.size());
            for (int from = 0; from < copies && loaded < target; from += batch) {
                int to = Math.min(copies, from + batch);
                TemplateRows.copy(connection, tables, from, to, c -> "-" + c,
                        c -> ChronoUnit.DAYS.between(templateDay, firstDay.plusDays((long) c * days / copies)), ids);
                loaded = Math.min(target, to * templates.size());
                System.out.printf("loaded %,d resolved dossiers%n", to * templates.size());
            }
        }
        return copies * templates.size();
    }

    /** The rollup as the reporting listener would have written it, from the loaded rows. */
    private void rebuildRollup() {
        jdbc.sql("TRUNCATE sla_daily, sla_daily_duration").update();
        jdbc.sql("""
                INSERT INTO sla_daily (report_day, report_month, procedure_code, agency_code, channel, received,
                    resolved_early, resolved_on_time, resolved_late, refused, not_accepted, withdrawn, stopped,
                    working_minutes)
                SELECT dd, to_char(dd, 'YYYY-MM'), p, a, c, SUM(r), SUM(e), SUM(o), SUM(l), SUM(rf), SUM(na),
                       SUM(w), SUM(s), SUM(m)
                FROM (SELECT CAST(received_at AS DATE) AS dd, procedure_code p, agency_code a, channel c, 1 r, 0 e,
                             0 o, 0 l, 0 rf, 0 na, 0 w, 0 s, 0 m FROM dossier
                      UNION ALL
                      SELECT resolved_day, procedure_code, agency_code, channel, 0,
                             CASE WHEN timeliness = 'EARLY' THEN 1 ELSE 0 END,
                             CASE WHEN timeliness = 'ON_TIME' THEN 1 ELSE 0 END,
                             CASE WHEN timeliness = 'LATE' THEN 1 ELSE 0 END,
                             CASE WHEN result = 'REFUSED' THEN 1 ELSE 0 END, 0, 0, 0, working_minutes FROM dossier_fact
                      UNION ALL
                      SELECT CAST(closed_at AS DATE), procedure_code, agency_code, channel, 0, 0, 0, 0, 0,
                             CASE WHEN status = 3 THEN 1 ELSE 0 END, CASE WHEN status = 7 THEN 1 ELSE 0 END,
                             CASE WHEN status = 8 THEN 1 ELSE 0 END, 0 FROM dossier WHERE closed_at IS NOT NULL) x
                GROUP BY dd, p, a, c""").update();
        jdbc.sql("""
                INSERT INTO sla_daily_duration (report_day, report_month, procedure_code, agency_code, channel,
                    tenth_days, dossiers)
                SELECT resolved_day, to_char(resolved_day, 'YYYY-MM'), procedure_code, agency_code, channel,
                       (working_minutes + 47) / 48, COUNT(*)
                FROM dossier_fact GROUP BY 1, 2, 3, 4, 5, 6""").update();
    }
}
