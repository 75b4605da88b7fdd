package vn.motcua.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierCode;
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
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.ResultPage;

/**
 * A clerk's steps. Only tasks of the clerk's own groups ({agency}.{role}) are visible; any
 * other task id answers as unknown. A task assigned to a colleague cannot be completed.
 * Being in a step's group is what lets a clerk act on the dossier: the group's agency is the
 * receiving one or has become a participant of the dossier when the step opened.
 */
@Service
public class ClerkTasks {

    private static final int NOTE_LENGTH = 2000;

    private final TaskEngine engine;
    private final ProcedureCatalog catalog;
    private final Dossiers dossiers;
    private final DossierProgress progress;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;

    ClerkTasks(TaskEngine engine, ProcedureCatalog catalog, Dossiers dossiers, DossierProgress progress,
               CurrentUser currentUser, ProvinceClock clock) {
        this.engine = engine;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.progress = progress;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A page of the signed-in clerk's tasks and their groups' unassigned ones, filtered and
     * ordered as asked (soonest due first by default), with how many there are in all.
     */
    @Transactional(readOnly = true)
    public ResultPage<ClerkTask> openTasks(TaskListQuery query, PageRequest page) {
        StaffUser user = currentUser.get();
        ResultPage<EngineTask> found = engine.openTasks(user.username(), user.groups(), query, clock.now(), page);
        Map<String, String> codes = dossiers.codesOfProcesses(
                found.items().stream().map(EngineTask::processInstanceId).collect(Collectors.toSet()));
        // a process without a dossier (started by hand in Cockpit) has no line of its own
        return new ResultPage<>(found.items().stream().filter(task -> codes.containsKey(task.processInstanceId()))
                .map(task -> view(task, codes.get(task.processInstanceId()))).toList(),
                found.page(), found.size(), found.total());
    }

    /** The dossier's open steps the signed-in clerk may work on. */
    @Transactional(readOnly = true)
    public List<ClerkTask> openTasksOf(String dossierCode) {
        StaffUser user = currentUser.get();
        return engine.openTasksOf(dossierCode).stream().map(task -> view(task, dossierCode))
                .filter(task -> isVisible(task, user)).toList();
    }

    @Transactional(readOnly = true)
    public ClerkTask get(String taskId) {
        return visible(currentUser.get(), taskId);
    }

    @Transactional
    public ClerkTask claim(String taskId) {
        lockDossierOf(taskId);
        return engine.asOneCommand(() -> claimTask(taskId));
    }

    private ClerkTask claimTask(String taskId) {
        StaffUser user = currentUser.get();
        ClerkTask task = visible(user, taskId);
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            throw new ConflictException(null, "error.task.claimedByOther", task.assignee());
        }
        engine.claim(taskId, user.username());
        return task.assignedTo(user.username());
    }

    @Transactional
    public ClerkTask unclaim(String taskId) {
        StaffUser user = currentUser.get();
        ClerkTask task = visible(user, taskId);
        if (!user.username().equals(task.assignee())) {
            throw new AccessDeniedException(null, "error.task.notYours");
        }
        engine.unclaim(taskId);
        return task.assignedTo(null);
    }

    /** Completes the step with one of the decisions its BPMN offers. */
    @Transactional
    public void complete(String taskId, String outcome, String note) {
        lockDossierOf(taskId);
        engine.asOneCommand(() -> {
            completeTask(taskId, outcome, note);
            return null;
        });
    }

    private void completeTask(String taskId, String outcome, String note) {
        StaffUser user = currentUser.get();
        ClerkTask task = visible(user, taskId);
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
        if (task.suspended()) {
            // the dossier waits for the citizen's supplement: its process is suspended
            throw new ConflictException("status", "error.task.waitingForSupplement", task.dossierCode());
        }
        if (task.assignee() == null) {
            engine.claim(taskId, user.username());
        }
        engine.complete(taskId, decision, remark);
    }

    /** A step of a running process as the task list shows it, whoever asks (for reminders). */
    Optional<ClerkTask> openStep(String processInstanceId, String stepId) {
        return engine.openStep(processInstanceId, stepId).flatMap(task -> dossiers
                .codeOfProcess(processInstanceId).map(code -> view(task, code)));
    }

    /**
     * Two clerks acting on one step at once (a double click, two colleagues of a group, the desk
     * withdrawing the dossier): the second waits for the first to commit, then reads the step
     * afresh in its own engine command. The task read here to learn the dossier is not kept.
     */
    private void lockDossierOf(String taskId) {
        engine.task(taskId).flatMap(task -> dossiers.codeOfProcess(task.processInstanceId()))
                .ifPresent(progress::lockForStep);
    }

    /** An open step the user may see; one they could have seen that just closed is a conflict. */
    private ClerkTask visible(StaffUser user, String taskId) {
        return visibleTask(engine.task(taskId), user).orElseThrow(() -> {
            ClerkTask closed = visibleTask(engine.finishedTask(taskId), user).orElse(null);
            return closed == null ? new NotFoundException("taskId", "error.task.unknown", taskId)
                    : new ConflictException("taskId", "error.task.alreadyDone", closed.name(), closed.dossierCode());
        });
    }

    private Optional<ClerkTask> visibleTask(Optional<EngineTask> found, StaffUser user) {
        return found.flatMap(task -> dossiers.codeOfProcess(task.processInstanceId()).map(code -> view(task, code)))
                .filter(task -> isVisible(task, user));
    }

    private static boolean isVisible(ClerkTask task, StaffUser user) {
        return Objects.equals(user.username(), task.assignee())
                || task.candidateGroups().stream().anyMatch(user.groups()::contains);
    }

    /**
     * The step's groups come from its model and the dossier's receiving agency, its decisions
     * from the gateway after it: nothing more to ask the engine.
     */
    private ClerkTask view(EngineTask task, String dossierCode) {
        return new ClerkTask(task.id(), dossierCode, task.name(), task.stepId(), task.processDefinitionId(),
                catalog.candidateGroups(task.processDefinitionId(), task.stepId(), DossierCode.agencyOf(dossierCode)),
                task.assignee(), task.createdAt(), task.dueAt(), task.dueSoonAt(), task.suspended(),
                catalog.outcomes(task.processDefinitionId(), task.stepId()));
    }
}
