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

    /** The receipt of a new dossier. */
    static DossierTransition receipt(Dossier dossier, TransitionAction action) {
        return new DossierTransition(0, dossier.code(), dossier.receivedAt(), dossier.createdBy(), action, null,
                dossier.status(), null, null, dossier.agencyCode(), null, dossier.dueAt(), true, null, null, null);
    }

    /** A change of status that produced {@code after}; {@code onTime} is null once it no longer counts. */
    static DossierTransition statusChange(DossierStatus from, Dossier after, TransitionAction action, String actor,
                                          LocalDateTime at, Boolean onTime, String note) {
        return new DossierTransition(0, after.code(), at, actor, action, from, after.status(), null, null,
                after.agencyCode(), null, after.dueAt(), onTime, null, null, note);
    }

    /** A step completed inside processing: a hand-over, the status unchanged. */
    static DossierTransition handOver(StepCompletion step, String agencyCode, String actor, LocalDateTime at,
                                      Boolean onTime, int workingMinutes) {
        return new DossierTransition(0, step.dossierCode(), at, actor, TransitionAction.STEP_COMPLETED,
                DossierStatus.PROCESSING, DossierStatus.PROCESSING, step.stepId(), step.stepName(), agencyCode,
                step.startedAt(), step.dueAt(), onTime, step.outcome(), workingMinutes, step.note());
    }
}
