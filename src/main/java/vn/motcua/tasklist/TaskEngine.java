package vn.motcua.tasklist;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

/** The engine's task service as the task list needs it (implemented in the process package). */
public interface TaskEngine {

    /**
     * One page of the tasks assigned to the user and the unassigned tasks of the user's groups,
     * filtered and ordered as asked (urgency as it is at {@code now}), with the number of them all.
     */
    ResultPage<EngineTask> openTasks(String username, List<String> groups, TaskListQuery query, LocalDateTime now,
                                     PageRequest page);

    /** The open tasks of one dossier. */
    List<EngineTask> openTasksOf(String dossierCode);

    Optional<EngineTask> task(String taskId);

    /** A task that is no longer open (completed, or removed with its process), from the history. */
    Optional<EngineTask> finishedTask(String taskId);

    /** The open task of a step of a process instance, if there is one. */
    Optional<EngineTask> openStep(String processInstanceId, String stepId);

    void claim(String taskId, String username);

    void unclaim(String taskId);

    /** Completes with the decision (process variable "outcome") and the clerk's note (not stored in the engine). */
    void complete(String taskId, String outcome, String note);

    /**
     * Runs a clerk's action as one engine command: the task read to check the action and the
     * engine's own read of it for the claim or completion are then one read.
     */
    <T> T asOneCommand(Supplier<T> action);
}
