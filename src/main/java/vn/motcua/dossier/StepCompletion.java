package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

/** A step (user task) the engine has just completed, as its listener reports it. */
public record StepCompletion(String dossierCode, String processDefinitionId, String stepId, String stepName,
                             List<String> candidateGroups, String assignee, LocalDateTime startedAt,
                             LocalDateTime dueAt, String outcome, String note) {
}
