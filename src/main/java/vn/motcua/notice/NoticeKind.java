package vn.motcua.notice;

import java.util.Optional;

import vn.motcua.dossier.TransitionAction;

/** What a notice tells the applicant; one template per kind and channel. */
public enum NoticeKind {
    RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, REFUSED, RESULT_READY, APOLOGY, PAYMENT_REQUESTED;

    /** The notice a dossier change calls for, if any (steps inside the agency concern only staff). */
    static Optional<NoticeKind> of(TransitionAction action) {
        return Optional.ofNullable(switch (action) {
            case RECEIVED -> RECEIVED;
            case SUPPLEMENT_REQUESTED -> SUPPLEMENT_REQUESTED;
            case SUPPLEMENT_RECEIVED -> SUPPLEMENT_RECEIVED;
            case NOT_ACCEPTED -> REFUSED;
            case RESOLVED -> RESULT_READY;
            case RESCHEDULED -> APOLOGY;
            case FEE_REQUESTED -> PAYMENT_REQUESTED;
            default -> null;
        });
    }

    /** The template file's base name, e.g. {@code supplement-requested}. */
    String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
