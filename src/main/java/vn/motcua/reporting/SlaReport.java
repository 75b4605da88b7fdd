package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.shared.ProvinceClock;

/**
 * The SLA report. Flow figures (received, resolved, closed, durations) and the carried-over
 * balance are read from the daily rollup; pending work at the end of the period from the live
 * dossiers. Every SQL text is fixed; the grouping is chosen by a bind parameter.
 */
@Service
public class SlaReport {

    /** Picks the group column by parameter, so the grouping needs no SQL assembled at run time. */
    private static final String ROLLUP_ROWS = """
            SELECT CASE :groupBy WHEN 'PROCEDURE' THEN procedure_code WHEN 'AGENCY' THEN agency_code
                                 WHEN 'CHANNEL' THEN channel WHEN 'MONTH' THEN report_month ELSE 'TOTAL' END AS grp, r.*
            FROM %s r
            WHERE report_day >= :from AND report_day <= :to
              AND (:procedure = '' OR procedure_code = :procedure) AND (:agency = '' OR agency_code = :agency)
              AND (:channel = '' OR channel = :channel)""";

    private static final String FLOWS = """
            SELECT grp, SUM(received), SUM(CASE WHEN channel = 'DESK' THEN received ELSE 0 END),
                   SUM(CASE WHEN channel = 'ONLINE' THEN received ELSE 0 END),
                   SUM(CASE WHEN channel = 'POST' THEN received ELSE 0 END),
                   SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(refused), SUM(not_accepted),
                   SUM(withdrawn), SUM(stopped), SUM(working_minutes)
            FROM (""" + ROLLUP_ROWS.formatted("sla_daily") + ") x GROUP BY grp";

    private static final String BALANCE = """
            SELECT grp, SUM(received - resolved_early - resolved_on_time - resolved_late - not_accepted - withdrawn
                            - stopped)
            FROM (""" + ROLLUP_ROWS.formatted("sla_daily") + ") x GROUP BY grp";

    private static final String DURATIONS = """
            SELECT grp, tenth_days, SUM(dossiers)
            FROM (""" + ROLLUP_ROWS.formatted("sla_daily_duration") + ") x GROUP BY grp, tenth_days";

    /** Package-visible for ReportQueryPlansTest, which checks its plan on PostgreSQL. */
    static final String PENDING = """
            SELECT grp, COUNT(*), SUM(CASE WHEN overdue = 1 THEN 1 ELSE 0 END), SUM(paused)
            FROM (SELECT CASE :groupBy WHEN 'PROCEDURE' THEN d.procedure_code WHEN 'AGENCY' THEN d.agency_code
                                       WHEN 'CHANNEL' THEN d.channel ELSE 'TOTAL' END AS grp,
                         CASE WHEN %s THEN 1 ELSE 0 END AS overdue,
                         CASE WHEN %s THEN 1 ELSE 0 END AS paused
                  FROM %s d
                  WHERE %s
                    AND (:procedure = '' OR d.procedure_code = :procedure) AND (:agency = '' OR d.agency_code = :agency)
                    AND (:channel = '' OR d.channel = :channel)) x
            GROUP BY grp""".formatted(SlaFigure.Conditions.OVERDUE, SlaFigure.Conditions.PAUSED_AT_END,
            DossierRecords.VIEW, SlaFigure.Conditions.pendingAt(":end"));

    private final JdbcClient jdbc;
    private final ProvinceClock clock;

    SlaReport(JdbcClient jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The report's rows (ordered by group) and its total row. */
    public record Table(SlaQuery query, List<SlaFigures> rows, SlaFigures total) {
    }

    @Transactional(readOnly = true)
    public Table report(SlaQuery query) {
        SlaQuery overall = query.narrowedTo(GroupBy.TOTAL, null);
        SlaFigures total = figures(overall).getOrDefault("TOTAL", empty("TOTAL"));
        List<SlaFigures> rows = query.groupBy() == GroupBy.MONTH ? byMonth(overall)
                : List.copyOf(new TreeMap<>(figures(query)).values());
        return new Table(query, rows, total);
    }

    /** Months in order; each month's carried-over figure is the balance at its first day. */
    private List<SlaFigures> byMonth(SlaQuery overall) {
        List<SlaFigures> months = new ArrayList<>();
        YearMonth last = YearMonth.from(overall.to());
        for (YearMonth m = YearMonth.from(overall.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            String label = m.toString();
            SlaFigures figures = figures(overall.narrowedTo(GroupBy.MONTH, label)).getOrDefault("TOTAL", empty("TOTAL"));
            months.add(relabelled(figures, label));
        }
        return months;
    }

    private Map<String, SlaFigures> figures(SlaQuery query) {
        Map<String, long[]> flows = flows(query);
        Map<String, Long> carried = balanceBefore(query);
        Map<String, long[]> pending = pending(query);
        Map<String, BigDecimal> p90 = p90(query);
        Map<String, SlaFigures> rows = new HashMap<>();
        Set<String> groups = new TreeSet<>(flows.keySet());
        groups.addAll(carried.keySet());
        groups.addAll(pending.keySet());
        for (String group : groups) {
            long[] f = flows.getOrDefault(group, new long[12]);
            long[] p = pending.getOrDefault(group, new long[3]);
            long carriedOver = carried.getOrDefault(group, 0L);
            if (f[0] == 0 && f[4] + f[5] + f[6] + f[8] + f[9] + f[10] == 0 && p[0] == 0 && carriedOver == 0) {
                continue; // a group with nothing to show
            }
            long resolved = f[4] + f[5] + f[6];
            rows.put(group, new SlaFigures(group, carriedOver, f[0], f[1], f[2], f[3], resolved, f[4], f[5], f[6],
                    SlaFigures.onTimeRate(f[4], f[5], resolved), p[0], p[0] - p[1], p[1], p[2], f[7], f[8], f[9],
                    f[10], average(f[11], resolved), p90.get(group)));
        }
        return rows;
    }

    /** received, desk, online, post, early, on time, late, refused, not accepted, withdrawn, stopped, minutes */
    private Map<String, long[]> flows(SlaQuery query) {
        Map<String, long[]> result = new HashMap<>();
        rollupParameters(jdbc.sql(FLOWS), query, query.from(), query.to()).query(rs -> {
            long[] values = new long[12];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 2);
            }
            result.put(rs.getString(1), values);
        });
        return result;
    }

    /** Received minus finished before the period: what it inherits. */
    private Map<String, Long> balanceBefore(SlaQuery query) {
        Map<String, Long> result = new HashMap<>();
        rollupParameters(jdbc.sql(BALANCE), query, LocalDate.of(1900, 1, 1), query.from().minusDays(1))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** count, overdue, paused — of the dossiers still pending at the end of the period. */
    private Map<String, long[]> pending(SlaQuery query) {
        Map<String, long[]> result = new HashMap<>();
        filters(jdbc.sql(PENDING).param("groupBy", query.groupBy().name()), query)
                .param("end", query.end()).param("refDay", referenceDay(query))
                .query(rs -> {
                    result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        return result;
    }

    /** Nearest-rank 90th percentile over the duration buckets of each group. */
    private Map<String, BigDecimal> p90(SlaQuery query) {
        Map<String, TreeMap<Integer, Long>> histograms = new HashMap<>();
        rollupParameters(jdbc.sql(DURATIONS), query, query.from(), query.to()).query(rs -> {
            histograms.computeIfAbsent(rs.getString(1), g -> new TreeMap<>()).merge(rs.getInt(2), rs.getLong(3),
                    Long::sum);
        });
        Map<String, BigDecimal> result = new HashMap<>();
        histograms.forEach((group, histogram) -> result.put(group, percentile(histogram, 90)));
        return result;
    }

    static BigDecimal percentile(TreeMap<Integer, Long> tenthsHistogram, int percent) {
        long count = tenthsHistogram.values().stream().mapToLong(Long::longValue).sum();
        long rank = (count * percent + 99) / 100; // ceil(count × p / 100), nearest-rank definition
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : tenthsHistogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return BigDecimal.valueOf(bucket.getKey(), 1);
            }
        }
        return null;
    }

    /** Pending dossiers are judged on the period's last day, or today while the period runs. */
    LocalDate referenceDay(SlaQuery query) {
        LocalDate today = clock.now().toLocalDate();
        return query.to().isAfter(today) ? today : query.to();
    }

    private static BigDecimal average(long workingMinutes, long resolved) {
        return resolved == 0 ? null : BigDecimal.valueOf(workingMinutes).divide(
                BigDecimal.valueOf(resolved * SlaRollup.MINUTES_PER_WORKING_DAY), 2, RoundingMode.HALF_UP);
    }

    private static JdbcClient.StatementSpec rollupParameters(JdbcClient.StatementSpec sql, SlaQuery query,
                                                             LocalDate from, LocalDate to) {
        return filters(sql.param("groupBy", query.groupBy().name()).param("from", from).param("to", to), query);
    }

    private static JdbcClient.StatementSpec filters(JdbcClient.StatementSpec sql, SlaQuery query) {
        return sql.param("procedure", orEmpty(query.procedure())).param("agency", orEmpty(query.agency()))
                .param("channel", orEmpty(query.channel()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static SlaFigures empty(String group) {
        return new SlaFigures(group, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, null, null);
    }

    private static SlaFigures relabelled(SlaFigures f, String group) {
        return new SlaFigures(group, f.carriedOver(), f.received(), f.receivedDesk(), f.receivedOnline(),
                f.receivedPost(), f.resolved(), f.early(), f.onTime(), f.late(), f.onTimeRate(), f.pending(),
                f.pendingInTime(), f.overdue(), f.waitingForSupplement(), f.refused(), f.notAccepted(),
                f.withdrawn(), f.stopped(), f.averageWorkingDays(), f.p90WorkingDays());
    }
}
