package vn.motcua.dossier;

/** What happened to a dossier. Public ones are shown to the citizen at the lookup. */
public enum TransitionAction {
    SUBMITTED_ONLINE(true),
    RECEIVED(true),
    NOT_ACCEPTED(true),
    PROCESSING_STARTED(true),
    STEP_COMPLETED(true),
    SUPPLEMENT_REQUESTED(true),
    SUPPLEMENT_RECEIVED(true),
    RESCHEDULED(true),
    WITHDRAWN(true),
    STOPPED(true),
    RESOLVED(true),
    RESULT_RETURNED(true);

    private final boolean shownToCitizen;

    TransitionAction(boolean shownToCitizen) {
        this.shownToCitizen = shownToCitizen;
    }

    public boolean shownToCitizen() {
        return shownToCitizen;
    }
}
