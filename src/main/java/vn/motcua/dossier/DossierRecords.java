package vn.motcua.dossier;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What other modules may query of dossiers in SQL: the views {@value #VIEW} (one row per
 * dossier) and {@value #EVENTS} (one row per thing that happened to one), columns in
 * V86__dossier_record_view.sql, and the conditions on them that follow the dossier's own rules,
 * so no report or simulation spells status codes or action words of its own. Constants only,
 * never user input.
 */
public final class DossierRecords {

    /** The read model's name in SQL. */
    public static final String VIEW = "dossier_record";
    /** Its events (dossier_code, action, occurred_at, agency_code) in SQL. */
    public static final String EVENTS = "dossier_event";

    private DossierRecords() {
    }

    /** Received and neither resolved nor closed: work the one-stop still owes (statuses 1, 2, 4, 5, 6). */
    public static String unfinished(String alias) {
        return alias + ".status IN (" + codes(status -> !status.isFinished()) + ")";
    }

    /** Ended in the given final status (not accepted, withdrawn, stopped...). */
    public static String endedAs(DossierStatus status, String alias) {
        return alias + ".status = " + status.code();
    }

    /** An event of the given kind. */
    public static String is(TransitionAction action, String alias) {
        return alias + ".action = '" + action.name() + "'";
    }

    private static String codes(Predicate<DossierStatus> which) {
        return Arrays.stream(DossierStatus.values()).filter(which).map(status -> String.valueOf(status.code()))
                .collect(Collectors.joining(", "));
    }
}
