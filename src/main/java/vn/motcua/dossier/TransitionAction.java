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
    /** The process reached its fee step: status 6 until the fee is paid. */
    FEE_REQUESTED,
    /** The fee was paid, at the desk or online: processing goes on. */
    FEE_PAID,
    WITHDRAWN,
    STOPPED,
    RESOLVED,
    RESULT_RETURNED
}
