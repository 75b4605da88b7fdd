package vn.motcua.reporting;

import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.TransitionAction;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;

/**
 * Writes a reporting fact when a dossier resolves. A plain (synchronous) listener on purpose:
 * the fact commits or rolls back with the change itself, so reports never miss or double a
 * dossier. (A completed step's fact is its STEP_COMPLETED transition row, see view step_fact.)
 */
@Component
class FactRecorder {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final ProcedureCatalog catalog;

    FactRecorder(JdbcClient jdbc, WorkingCalendar calendar, ProcedureCatalog catalog) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.catalog = catalog;
    }

    @EventListener
    void on(DossierChanged change) {
        if (change.transition().action() == TransitionAction.RESOLVED) {
            dossierResolved(change.dossier(), change.transition().occurredAt());
        }
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
    }
}
