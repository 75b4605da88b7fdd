package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Locale;

import vn.motcua.shared.InvalidInputException;

/** How a list of dossiers is sorted, as the {@code sort} parameter names it. */
public enum DossierOrder {
    /** Newest received first: the default. */
    RECEIVED("d.received_at DESC, d.code DESC"),
    /** The appointment for the result (hẹn trả) soonest first, as the list shows it. */
    DUE("COALESCE(d.rescheduled_due_at, d.due_at), d.code"),
    CODE("d.code");

    public static final String FIELD = "sort";

    final String orderBy;

    DossierOrder(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The parameter's value: received, due or code. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order a request names; received when none, refused naming {@value #FIELD} when unknown. */
    public static DossierOrder of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return RECEIVED;
        }
        return Arrays.stream(values()).filter(order -> order.parameter().equals(parameter.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException(FIELD, "error.dossier.sort", "received, due, code"));
    }
}
