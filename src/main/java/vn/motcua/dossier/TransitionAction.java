package vn.motcua.dossier;

/**
 * What happened to a dossier. Every action is shown to the citizen at the lookup (with its
 * step and agency, never the clerk's name or note): Decree 61/2018 lets them follow each step.
 */
public enum TransitionAction {
    SUBMITTED_ONLINE,
    RECEIVED,
    NOT_ACCEPTED,
    PROCESSING_STARTED,
    STEP_COMPLETED,
    SUPPLEMENT_REQUESTED,
    SUPPLEMENT_RECEIVED,
    RESCHEDULED,
    WITHDRAWN,
    STOPPED,
    RESOLVED,
    RESULT_RETURNED
}
