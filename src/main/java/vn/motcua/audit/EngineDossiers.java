package vn.motcua.audit;

import java.util.Optional;

/**
 * Which dossier an engine object belongs to, so that an action addressed by a task or process
 * instance id is on the dossier's trail. Answers also after the task was completed or the
 * instance deleted (implemented in the process package, on the engine's history).
 */
public interface EngineDossiers {

    Optional<String> ofTask(String taskId);

    Optional<String> ofProcessInstance(String processInstanceId);
}
