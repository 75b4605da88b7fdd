package vn.motcua.forms;

import java.util.Arrays;
import java.util.Optional;

import vn.motcua.dossier.TransitionAction;
import vn.motcua.issuance.IssueRequest;

/**
 * The forms a dossier can be issued, each by the transition that issues it. The control
 * slip (06) has no issuing transition: every dossier has one from its receipt on. The result
 * ("KQ") is issued, signed, at the approval that resolves the dossier, never later.
 */
public enum OfficialForm {
    RECEIPT("01", TransitionAction.RECEIVED),
    SUPPLEMENT_REQUEST("02", TransitionAction.SUPPLEMENT_REQUESTED),
    REFUSAL("03", TransitionAction.NOT_ACCEPTED),
    APOLOGY("04", TransitionAction.RESCHEDULED),
    STOP("05", TransitionAction.STOPPED),
    CONTROL_SLIP("06", null),
    /** The result the leader's approval signs (or the reasoned refusal to resolve). */
    RESULT(IssueRequest.RESULT, TransitionAction.RESOLVED);

    private final String number;
    private final TransitionAction issuedBy;

    OfficialForm(String number, TransitionAction issuedBy) {
        this.number = number;
        this.issuedBy = issuedBy;
    }

    public String number() {
        return number;
    }

    /** The transition that issues the form; empty for the control slip, which always exists. */
    public Optional<TransitionAction> issuedBy() {
        return Optional.ofNullable(issuedBy);
    }

    /** The Thymeleaf template under templates/forms/. */
    String template() {
        return "forms/form-" + number;
    }

    public static Optional<OfficialForm> byNumber(String number) {
        return Arrays.stream(values()).filter(f -> f.number.equals(number)).findFirst();
    }
}
