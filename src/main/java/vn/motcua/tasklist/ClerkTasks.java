package vn.motcua.tasklist;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.Dossiers;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.AccessDeniedException;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * A clerk's steps. Only tasks of the clerk's own groups ({agency}.{role}) are visible; any
 * other task id answers as unknown. A task assigned to a colleague cannot be completed.
 */
@Service
public class ClerkTasks {

    private static final int NOTE_LENGTH = 2000;

    private final TaskEngine engine;
    private final ProcedureCatalog catalog;
    private final Dossiers dossiers;
    private final DossierProgress progress;
    private final CurrentUser currentUser;

    ClerkTasks(TaskEngine engine, ProcedureCatalog catalog, Dossiers dossiers, DossierProgress progress,
               CurrentUser currentUser) {
        this.engine = engine;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.progress = progress;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ClerkTask> openTasks() {
        StaffUser user = currentUser.get();
        return engine.openTasks(user.username(), user.groups()).stream().map(this::withOutcomes).toList();
    }

    /** The dossier's open steps the signed-in clerk may work on. */
    @Transactional(readOnly = true)
    public List<ClerkTask> openTasksOf(String dossierCode) {
        StaffUser user = currentUser.get();
        return engine.openTasksOf(dossierCode, user.username(), user.groups()).stream().map(this::withOutcomes)
                .toList();
    }

    @Transactional(readOnly = true)
    public ClerkTask get(String taskId) {
        return withOutcomes(visible(currentUser.get(), taskId));
    }

    @Transactional
    public ClerkTask claim(String taskId) {
        StaffUser user = currentUser.get();
        ClerkTask task = visible(user, taskId);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException(null, "error.task.claimedByOther", task.assignee());
        }
        progress.requireWorkable(dossiers.get(task.dossierCode()));
        engine.claim(taskId, user.username());
        progress.processingStarted(task.dossierCode());
        return withOutcomes(task.assignedTo(user.username()));
    }

    @Transactional
    public ClerkTask unclaim(String taskId) {
        StaffUser user = currentUser.get();
        ClerkTask task = visible(user, taskId);
        if (!user.username().equals(task.assignee())) {
            throw new AccessDeniedException(null, "error.task.notYours");
        }
        engine.unclaim(taskId);
        return withOutcomes(task.assignedTo(null));
    }

    /** Completes the step with one of the decisions its BPMN offers. */
    @Transactional
    public void complete(String taskId, String outcome, String note) {
        StaffUser user = currentUser.get();
        ClerkTask task = withOutcomes(visible(user, taskId));
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new AccessDeniedException(null, "error.task.notYours");
        }
        String decision = outcome == null || outcome.isBlank() ? null : outcome.trim();
        if (decision == null && task.outcomes().size() == 1) {
            decision = task.outcomes().get(0);
        }
        if (decision == null || !task.outcomes().contains(decision)) {
            throw new InvalidInputException("outcome", "error.task.unknownOutcome", String.valueOf(outcome),
                    String.join(", ", task.outcomes()));
        }
        String remark = InputRules.optional(note, "note", NOTE_LENGTH);
        progress.requireWorkable(dossiers.get(task.dossierCode()));
        if (task.assignee() == null) {
            engine.claim(taskId, user.username());
        }
        engine.complete(taskId, decision, remark);
    }

    private ClerkTask visible(StaffUser user, String taskId) {
        return engine.visibleTask(taskId, user.username(), user.groups())
                .orElseThrow(() -> new NotFoundException("taskId", "error.task.unknown", taskId));
    }

    private ClerkTask withOutcomes(ClerkTask task) {
        return task.withOutcomes(catalog.outcomes(task.processDefinitionId(), task.stepId()));
    }
}
