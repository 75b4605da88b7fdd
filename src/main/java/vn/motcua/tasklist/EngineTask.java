package vn.motcua.tasklist;

import java.time.LocalDateTime;

/**
 * An open user task as the engine holds it, before the task list adds the dossier's view of it.
 * {@code dueSoonAt} is when the step turns amber ({@link DueSoonThreshold}).
 */
public record EngineTask(String id, String processInstanceId, String name, String stepId,
                         String processDefinitionId, String assignee, LocalDateTime createdAt,
                         LocalDateTime dueAt, LocalDateTime dueSoonAt, boolean suspended) {
}
