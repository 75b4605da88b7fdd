package vn.motcua.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** The action took effect. */
    DONE,
    /** The action was refused (bad input, no permission, wrong status) and changed nothing. */
    REFUSED,
    /** The action failed on our side and changed nothing. */
    FAILED;

    public static AuditOutcome ofHttpStatus(int status) {
        if (status >= 500) {
            return FAILED;
        }
        return status >= 400 ? REFUSED : DONE;
    }
}
