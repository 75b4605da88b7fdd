package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.cluster.Databases;
import vn.motcua.testing.DatabaseTest;

/**
 * The SLA report's pending part reads the dossiers pending at the end of the period through
 * indexes (V90), never by scanning the dossier table (issue 12.5). On PostgreSQL: 60,000 dossiers
 * over three years, analysed, then the plan of the report's own query. Everything happens in the
 * test's transaction, which is rolled back: nothing stays for other tests.
 */
@DatabaseTest
@Transactional
class ReportQueryPlansTest {

    /** Three years of dossiers, one every 25 minutes; the last 3,000 are still being processed. */
    private static final String DOSSIERS = """
            INSERT INTO dossier (code, procedure_code, agency_code, channel, status, applicant_name,
                                 applicant_id_number, received_at, count_from, original_due_at, due_at,
                                 resolved_at, result, timeliness, closed_at, created_by)
            SELECT 'PLAN-' || i, '1.001612', agencies.codes[1 + i % cardinality(agencies.codes)],
                   CASE WHEN i % 3 = 0 THEN 'ONLINE' ELSE 'DESK' END,
                   CASE WHEN i > 57000 THEN 4 WHEN i % 40 = 0 THEN 8 ELSE 10 END,
                   'Nguyễn Văn Kế Hoạch', '079000000000', r, r, r + interval '5 days', r + interval '5 days',
                   CASE WHEN i > 57000 OR i % 40 = 0 THEN NULL ELSE r + interval '4 days' END,
                   CASE WHEN i > 57000 OR i % 40 = 0 THEN NULL ELSE 'APPROVED' END,
                   CASE WHEN i > 57000 OR i % 40 = 0 THEN NULL ELSE 'EARLY' END,
                   CASE WHEN i % 40 = 0 AND i <= 57000 THEN r + interval '2 days' END, 'plan-test'
            FROM generate_series(1, 60000) i,
                 LATERAL (SELECT TIMESTAMP '2031-01-01 08:00' + i * interval '25 minutes' AS r) received,
                 (SELECT array_agg(code ORDER BY code) AS codes FROM agency) agencies""";

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void theIndexesThePendingPartNeedsExist() throws SQLException {
        // the plans below are PostgreSQL's; on H2 the migration's indexes must at least be there
        assertThat(indexesOnDossier()).contains("DOSSIER_STATUS_DUE", "DOSSIER_RESOLVED_RECEIVED",
                "DOSSIER_CLOSED_RECEIVED");
    }

    @Test
    void pendingAtTheEndOfTheCurrentMonthVisitsOnlyWhatIsPendingThen() {
        assumeTrue(Databases.isPostgres(dataSource), "plans are PostgreSQL's");
        loadAndAnalyse();
        String plan = planOfPendingAtTheEndOf(LocalDate.of(2033, 12, 31), "");
        assertThat(plan).doesNotContain("Seq Scan on dossier").contains("dossier_status_due");
        // the period's bound is checked in the index: only dossiers pending at the end are visited
        assertThat(conditionOf(plan, "dossier_resolved_received")).contains("resolved_at >= ", "received_at < ");
        assertThat(conditionOf(plan, "dossier_closed_received")).contains("closed_at >= ", "received_at < ");
    }

    @Test
    void pendingAtTheEndOfAPastMonthForOneAgencyIsReadThroughAnIndex() {
        assumeTrue(Databases.isPostgres(dataSource), "plans are PostgreSQL's");
        loadAndAnalyse();
        String agency = jdbc.sql("SELECT MIN(code) FROM agency").query(String.class).single();
        String plan = planOfPendingAtTheEndOf(LocalDate.of(2032, 3, 31), agency);
        // the received-date index bounds it to the dossiers received before the end (docs/performance.md)
        assertThat(plan).doesNotContain("Seq Scan on dossier").contains("Index Cond: (received_at < ");
    }

    private void loadAndAnalyse() {
        jdbc.sql(DOSSIERS).update();
        jdbc.sql("ANALYZE dossier").update();
    }

    /** The plan of the report's pending query, as the report binds it (SlaReport.pending). */
    private String planOfPendingAtTheEndOf(LocalDate lastDay, String agency) {
        List<String> lines = jdbc.sql("EXPLAIN " + SlaReport.PENDING)
                .param("groupBy", "PROCEDURE").param("procedure", "").param("agency", agency).param("channel", "")
                .param("end", lastDay.plusDays(1).atStartOfDay()).param("refDay", lastDay)
                .query(String.class).list();
        String plan = String.join("\n", lines);
        System.out.println("Plan of the SLA report's pending part at the end of " + lastDay + ":\n" + plan);
        return plan;
    }

    /** The index condition of the plan's scan of the given index. */
    private static String conditionOf(String plan, String index) {
        List<String> lines = plan.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).contains(" " + index + " ") && lines.get(i + 1).contains("Index Cond:")) {
                return lines.get(i + 1);
            }
        }
        throw new AssertionError("no scan of " + index + " in\n" + plan);
    }

    private List<String> indexesOnDossier() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            // H2 keeps unquoted names in upper case, PostgreSQL in lower case
            for (String table : List.of("DOSSIER", "dossier")) {
                try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (indexes.next()) {
                        String name = indexes.getString("INDEX_NAME");
                        if (name != null) {
                            names.add(name.toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return names;
    }
}
