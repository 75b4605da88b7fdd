package vn.motcua.reporting;

import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.Timeliness;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierResult;
import vn.motcua.dossier.TransitionAction;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;

/**
 * Writes a reporting fact when a dossier resolves, and counts receipts, resolutions and
 * closures in the daily rollup. A plain (synchronous) listener on purpose: the fact commits or
 * rolls back with the change itself, so reports never miss or double a dossier. (A completed
 * step's fact is its STEP_COMPLETED transition row, see view step_fact.)
 */
@Component
class FactRecorder {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final ProcedureCatalog catalog;
    private final SlaRollup rollup;

    FactRecorder(JdbcClient jdbc, WorkingCalendar calendar, ProcedureCatalog catalog, SlaRollup rollup) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.catalog = catalog;
        this.rollup = rollup;
    }

    @EventListener
    void on(DossierChanged change) {
        Dossier d = change.dossier();
        LocalDateTime at = change.transition().occurredAt();
        switch (change.transition().action()) {
            case RESOLVED -> dossierResolved(d, at);
            case RECEIVED -> rollup.add(keyOf(d, at), SlaRollup.Counts.RECEIVED);
            case NOT_ACCEPTED -> rollup.add(keyOf(d, at), SlaRollup.Counts.NOT_ACCEPTED);
            case WITHDRAWN -> rollup.add(keyOf(d, at), SlaRollup.Counts.WITHDRAWN);
            case STOPPED -> rollup.add(keyOf(d, at), SlaRollup.Counts.STOPPED);
            default -> { } // steps, pauses and returns do not change the SLA counts
        }
    }

    private static SlaRollup.Key keyOf(Dossier d, LocalDateTime at) {
        return new SlaRollup.Key(at.toLocalDate(), d.procedureCode(), d.agencyCode(), d.channel().name());
    }

    private void dossierResolved(Dossier d, LocalDateTime resolvedAt) {
        ProcedureVersion version = catalog.version(d.processDefinitionId()).orElseThrow();
        long working = calendar.workingTimeBetween(d.agencyCode(), d.countFrom(), resolvedAt).toMinutes()
                - d.pausedMinutes();
        jdbc.sql("""
                INSERT INTO dossier_fact (dossier_code, procedure_code, process_definition_id, version, version_tag,
                    statutory_working_days, agency_code, channel, received_at, received_day, original_due_at, due_at,
                    resolved_at, resolved_day, result, timeliness, working_minutes, paused_minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.code(), d.procedureCode(), d.processDefinitionId(), version.version(), version.versionTag(),
                        version.statutoryWorkingDays(), d.agencyCode(), d.channel().name(), d.receivedAt(),
                        d.receivedAt().toLocalDate(), d.originalDueAt(), d.dueAt(), resolvedAt,
                        resolvedAt.toLocalDate(), d.result().name(), d.timeliness().name(), Math.max(0, working),
                        d.pausedMinutes())
                .update();
        long minutes = Math.max(0, working);
        SlaRollup.Key key = keyOf(d, resolvedAt);
        rollup.add(key, resolvedCounts(d, minutes));
        rollup.addDuration(key, minutes);
    }

    private static SlaRollup.Counts resolvedCounts(Dossier d, long workingMinutes) {
        Timeliness t = d.timeliness();
        return new SlaRollup.Counts(0, t == Timeliness.EARLY ? 1 : 0, t == Timeliness.ON_TIME ? 1 : 0,
                t == Timeliness.LATE ? 1 : 0, d.result() == DossierResult.REFUSED ? 1 : 0, 0, 0, 0, workingMinutes);
    }
}
