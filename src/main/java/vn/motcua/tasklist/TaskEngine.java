package vn.motcua.tasklist;

import java.util.List;
import java.util.Optional;

/** The engine's task service as the task list needs it (implemented in the process package). */
public interface TaskEngine {

    /** Tasks assigned to the user, and unassigned tasks of the user's groups. */
    List<ClerkTask> openTasks(String username, List<String> groups);

    /** The open tasks of one dossier that the user may see (assigned to them or in their groups). */
    List<ClerkTask> openTasksOf(String dossierCode, String username, List<String> groups);

    /** The task, if it is assigned to the user or a candidate task of one of the user's groups. */
    Optional<ClerkTask> visibleTask(String taskId, String username, List<String> groups);

    void claim(String taskId, String username);

    void unclaim(String taskId);

    /** Completes with the decision (process variable "outcome") and the clerk's note (not stored in the engine). */
    void complete(String taskId, String outcome, String note);
}
