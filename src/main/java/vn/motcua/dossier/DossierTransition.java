package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * One line of a dossier's history: a status change, or a completed step (a hand-over
 * inside processing, with the step's own start, due date and outcome).
 */
public record DossierTransition(long id, String dossierCode, LocalDateTime occurredAt, String actor,
                                TransitionAction action, DossierStatus fromStatus, DossierStatus toStatus,
                                String stepId, String stepName, String agencyCode, LocalDateTime startedAt,
                                LocalDateTime dueAt, Boolean onTime, String outcome, Integer workingMinutes,
                                String note) {
}
