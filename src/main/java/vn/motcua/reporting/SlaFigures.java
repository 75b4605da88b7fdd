package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the SLA report. Counts of dossiers, each with a drill-down list of the same
 * length (see {@link SlaFigure}); the rate and the durations are derived from them.
 *
 * @param group           the group's value (procedure code, agency code, channel, yyyy-MM, or TOTAL)
 * @param onTimeRate      (early + on time) / resolved × 100, 2 decimals; null when nothing was resolved
 * @param averageWorkingDays mean working time of the resolved dossiers, pauses excluded; null when none
 * @param p90WorkingDays  90th percentile of the same, in tenths of a working day rounded up; null when none
 */
public record SlaFigures(String group, long carriedOver, long received, long receivedDesk, long receivedOnline,
                         long receivedPost, long resolved, long early, long onTime, long late, BigDecimal onTimeRate,
                         long pending, long pendingInTime, long overdue, long waitingForSupplement, long refused,
                         long notAccepted, long withdrawn, long stopped, BigDecimal averageWorkingDays,
                         BigDecimal p90WorkingDays) {

    static BigDecimal onTimeRate(long early, long onTime, long resolved) {
        return resolved == 0 ? null
                : BigDecimal.valueOf((early + onTime) * 100L).divide(BigDecimal.valueOf(resolved), 2,
                        RoundingMode.HALF_UP);
    }
}
