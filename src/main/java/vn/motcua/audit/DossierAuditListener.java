package vn.motcua.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierTransition;

/**
 * Every dossier transition becomes an audit record in the transaction that made it, so the
 * trail shows each change exactly when, and only if, it happened.
 */
@Component
class DossierAuditListener {

    private final AuditLog log;

    DossierAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(DossierChanged change) {
        DossierTransition t = change.transition();
        log.record(t.actor(), t.dossierCode(), "DOSSIER_" + t.action().name(), AuditOutcome.DONE, describe(t));
    }

    static String describe(DossierTransition t) {
        StringBuilder text = new StringBuilder();
        if (t.fromStatus() != t.toStatus()) {
            text.append(t.fromStatus() == null ? "" : t.fromStatus().name()).append(" → ").append(t.toStatus().name());
        }
        append(text, t.stepName());
        append(text, t.outcome());
        append(text, t.note());
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.isEmpty() ? "" : "; ").append(part);
        }
    }
}
