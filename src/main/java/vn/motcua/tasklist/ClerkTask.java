package vn.motcua.tasklist;

import java.time.LocalDateTime;
import java.util.List;

/** An open step of a dossier, as a clerk's list shows it. */
public record ClerkTask(String id, String dossierCode, String name, String stepId, String processDefinitionId,
                        List<String> candidateGroups, String assignee, LocalDateTime createdAt,
                        LocalDateTime dueAt, LocalDateTime dueSoonAt, boolean suspended, List<String> outcomes) {

    public ClerkTask {
        candidateGroups = List.copyOf(candidateGroups);
        outcomes = List.copyOf(outcomes);
    }

    public ClerkTask assignedTo(String username) {
        return new ClerkTask(id, dossierCode, name, stepId, processDefinitionId, candidateGroups, username,
                createdAt, dueAt, dueSoonAt, suspended, outcomes);
    }

    /** The step's urgency at that moment, by the same rule as the task list's filter. */
    public Urgency urgencyAt(LocalDateTime now) {
        return Urgency.of(suspended, dueAt, dueSoonAt, now);
    }
}
