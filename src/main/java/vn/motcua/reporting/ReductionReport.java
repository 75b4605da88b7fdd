package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.shared.NotFoundException;

/**
 * What a procedure's simplification saved: per version the statutory time, steps and
 * hand-overs (from its BPMN) beside the working time its resolved dossiers actually took
 * (from the facts), the reduction of the newest version against the oldest, and per step
 * where the time goes. Percentiles are nearest-rank (PERCENTILE_DISC), as in the SLA report.
 */
@Service
public class ReductionReport {

    private static final String VERSIONS = """
            SELECT process_definition_id, COUNT(*), AVG(CAST(working_minutes AS DOUBLE PRECISION)),
                   PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY working_minutes),
                   PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY working_minutes),
                   SUM(CASE WHEN timeliness <> 'LATE' THEN 1 ELSE 0 END)
            FROM dossier_fact WHERE procedure_code = :procedure
            GROUP BY process_definition_id""";

    private static final String STEPS = """
            SELECT process_definition_id, step_id, step_name, agency_code, COUNT(*),
                   AVG(CAST(working_minutes AS DOUBLE PRECISION)),
                   PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY working_minutes),
                   SUM(CASE WHEN on_time = FALSE THEN 1 ELSE 0 END)
            FROM step_fact WHERE procedure_code = :procedure
            GROUP BY process_definition_id, step_id, step_name, agency_code""";

    /** One version's design and measured times; times are null when none of its dossiers resolved yet. */
    public record VersionFigures(int version, String versionTag, LocalDate effectiveFrom, int statutoryWorkingDays,
                                 int steps, int handovers, long resolved, BigDecimal meanWorkingDays,
                                 BigDecimal medianWorkingDays, BigDecimal p90WorkingDays, BigDecimal onTimeRate) {
    }

    /** Where the time went: one step at one agency in one version. */
    public record StepFigures(int version, String stepId, String stepName, String agencyCode, long completed,
                              BigDecimal meanWorkingDays, BigDecimal p90WorkingDays, long late) {
    }

    /**
     * The whole report. The reductions compare the newest version with the oldest, in % of the
     * oldest: null when there is one version only, or (actual) when either has no resolved dossier.
     */
    public record Comparison(String procedureCode, List<VersionFigures> versions,
                             BigDecimal statutoryReductionPercent, BigDecimal actualReductionPercent,
                             List<StepFigures> bottlenecks) {
    }

    private final JdbcClient jdbc;
    private final ProcedureCatalog catalog;

    ReductionReport(JdbcClient jdbc, ProcedureCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public Comparison of(String procedureCode) {
        Procedure procedure = catalog.find(procedureCode)
                .orElseThrow(() -> new NotFoundException("procedure", "error.procedure.unknown", procedureCode));
        Map<String, Integer> versionOf = new HashMap<>();
        procedure.versions().forEach(v -> versionOf.put(v.processDefinitionId(), v.version()));

        Map<String, Object[]> measured = new HashMap<>();
        jdbc.sql(VERSIONS).param("procedure", procedureCode).query(rs -> {
            measured.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getDouble(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6)});
        });
        List<VersionFigures> versions = procedure.versions().stream()
                .sorted(Comparator.comparing(ProcedureVersion::version))
                .map(v -> figures(v, measured.get(v.processDefinitionId()))).toList();

        List<StepFigures> steps = jdbc.sql(STEPS).param("procedure", procedureCode)
                .query((rs, row) -> new StepFigures(versionOf.getOrDefault(rs.getString(1), 0), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), days(rs.getDouble(6)), days(rs.getLong(7)),
                        rs.getLong(8)))
                .list().stream()
                .sorted(Comparator.comparing(StepFigures::version).reversed()
                        .thenComparing(StepFigures::meanWorkingDays, Comparator.reverseOrder()))
                .toList();

        VersionFigures oldest = versions.isEmpty() ? null : versions.get(0);
        VersionFigures newest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        boolean comparable = versions.size() > 1;
        return new Comparison(procedureCode, versions,
                comparable ? reduction(BigDecimal.valueOf(oldest.statutoryWorkingDays()),
                        BigDecimal.valueOf(newest.statutoryWorkingDays())) : null,
                comparable ? reduction(oldest.meanWorkingDays(), newest.meanWorkingDays()) : null,
                steps);
    }

    private static VersionFigures figures(ProcedureVersion v, Object[] m) {
        if (m == null) {
            return new VersionFigures(v.version(), v.versionTag(), v.effectiveFrom(), v.statutoryWorkingDays(),
                    v.stepCount(), v.handoverCount(), 0, null, null, null, null);
        }
        long resolved = (Long) m[0];
        return new VersionFigures(v.version(), v.versionTag(), v.effectiveFrom(), v.statutoryWorkingDays(),
                v.stepCount(), v.handoverCount(), resolved, days((Double) m[1]), days((Long) m[2]), days((Long) m[3]),
                SlaFigures.onTimeRate((Long) m[4], 0, resolved));
    }

    /** (old − new) / old × 100, 2 decimals; null when a side is unknown or old is zero. */
    static BigDecimal reduction(BigDecimal old, BigDecimal current) {
        if (old == null || current == null || old.signum() == 0) {
            return null;
        }
        return old.subtract(current).multiply(BigDecimal.valueOf(100)).divide(old, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(double workingMinutes) {
        return BigDecimal.valueOf(workingMinutes).divide(BigDecimal.valueOf(SlaRollup.MINUTES_PER_WORKING_DAY), 2,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal days(long workingMinutes) {
        return days((double) workingMinutes);
    }
}
