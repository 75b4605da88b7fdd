package vn.motcua.tasklist.web;

import java.time.Duration;
import java.time.LocalDateTime;
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
import vn.motcua.shared.ResultPage;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.Urgency;

/**
 * Builds task-list lines for a page the engine has already filtered and ordered: the page's
 * dossiers in one read, and per line the one working-time span it shows (in the working time of
 * the clerk's agency).
 */
@Component
class TaskRows {

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

    /** Lines whose dossier the clerk may not read (none, through their groups) are left out. */
    ResultPage<TaskRow> of(ResultPage<ClerkTask> tasks) {
        Map<String, Dossier> byCode = dossiers.getAll(tasks.items().stream().map(ClerkTask::dossierCode).toList());
        Map<String, LocalizedText> names = catalog.all().stream()
                .collect(Collectors.toMap(Procedure::code, Procedure::name));
        String agency = currentUser.get().agencyCode();
        LocalDateTime now = clock.now();
        List<TaskRow> rows = tasks.items().stream().filter(task -> byCode.containsKey(task.dossierCode()))
                .map(task -> row(task, byCode.get(task.dossierCode()), names, agency, now)).toList();
        return new ResultPage<>(rows, tasks.page(), tasks.size(), tasks.total());
    }

    TaskRow of(ClerkTask task) {
        return of(new ResultPage<>(List.of(task), 1, 1, 1)).items().get(0);
    }

    private TaskRow row(ClerkTask task, Dossier dossier, Map<String, LocalizedText> names, String agency,
                        LocalDateTime now) {
        // the clock stops while the citizen completes the dossier: time left is frozen at the pause
        LocalDateTime measuredAt = dossier.pausedAt() != null ? dossier.pausedAt() : now;
        LocalDateTime due = task.dueAt() != null ? task.dueAt() : dossier.dueAt();
        boolean pastDue = measuredAt.isAfter(due);
        Duration left = pastDue ? Duration.ZERO : calendar.workingTimeBetween(agency, measuredAt, due);
        Duration overdueBy = pastDue ? calendar.workingTimeBetween(agency, due, measuredAt) : Duration.ZERO;
        LocalizedText name = names.getOrDefault(dossier.procedureCode(),
                new LocalizedText(dossier.procedureCode(), dossier.procedureCode()));
        return new TaskRow(task, dossier, name, due, left, overdueBy, task.urgencyAt(now));
    }
}
