package vn.motcua.tasklist.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentUser;
import vn.motcua.shared.LocalizedText;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.web.TaskRow.Urgency;

/**
 * Builds task-list lines: joins each step to its dossier and measures the time left in the
 * working time of the clerk's agency, then filters and sorts as the list asks.
 */
@Component
class TaskRows {

    /** Amber once less than this share of the step's allowed working time is left. */
    private static final double DUE_SOON_SHARE = 0.2;

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;

    TaskRows(Dossiers dossiers, ProcedureCatalog catalog, WorkingCalendar calendar, CurrentUser currentUser,
             ProvinceClock clock) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The list's filters and order; null filters let everything through. */
    record Query(String procedure, Integer status, String due, String sort) {

        boolean keeps(TaskRow row) {
            return (procedure == null || procedure.isBlank() || procedure.equals(row.dossier().procedureCode()))
                    && (status == null || status == row.dossier().status().code())
                    && (due == null || due.isBlank() || due.equals(row.urgency().name()));
        }

        Comparator<TaskRow> order() {
            Comparator<TaskRow> byDue = Comparator.comparing(TaskRow::dueAt);
            return switch (sort == null ? "" : sort) {
                case "received" -> Comparator.comparing((TaskRow r) -> r.dossier().receivedAt()).thenComparing(byDue);
                case "code" -> Comparator.comparing((TaskRow r) -> r.task().dossierCode());
                default -> byDue;
            };
        }
    }

    List<TaskRow> of(List<ClerkTask> tasks, Query query) {
        Map<String, LocalizedText> names = catalog.all().stream()
                .collect(Collectors.toMap(Procedure::code, Procedure::name));
        return tasks.stream().map(task -> row(task, names)).filter(query::keeps).sorted(query.order()).toList();
    }

    TaskRow of(ClerkTask task) {
        return of(List.of(task), new Query(null, null, null, null)).get(0);
    }

    private TaskRow row(ClerkTask task, Map<String, LocalizedText> names) {
        Dossier dossier = dossiers.get(task.dossierCode());
        String agency = currentUser.get().agencyCode();
        // the clock stops while the citizen completes the dossier: time left is frozen at the pause
        LocalDateTime measuredAt = dossier.pausedAt() != null ? dossier.pausedAt() : clock.now();
        LocalDateTime due = task.dueAt() != null ? task.dueAt() : dossier.dueAt();
        Duration allowed = calendar.workingTimeBetween(agency, task.createdAt(), due);
        Duration left = calendar.workingTimeBetween(agency, measuredAt, due);
        Urgency urgency;
        if (dossier.pausedAt() != null) {
            urgency = Urgency.PAUSED;
        } else if (measuredAt.isAfter(due)) {
            urgency = Urgency.OVERDUE;
        } else if (left.toMinutes() <= allowed.toMinutes() * DUE_SOON_SHARE) {
            urgency = Urgency.DUE_SOON;
        } else {
            urgency = Urgency.ON_TRACK;
        }
        LocalizedText name = names.getOrDefault(dossier.procedureCode(),
                new LocalizedText(dossier.procedureCode(), dossier.procedureCode()));
        return new TaskRow(task, dossier, name, due, left, calendar.workingTimeBetween(agency, due, measuredAt), urgency);
    }
}
