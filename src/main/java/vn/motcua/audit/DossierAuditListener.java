package vn.motcua.audit;


import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierTransition;
import vn.motcua.dossier.StepHandedOver;
import vn.motcua.shared.LocalizedText;

/**
 * Every dossier transition becomes an audit record in the transaction that made it, so the
 * trail shows each change exactly when, and only if, it happened. Every completed step (an
 * approval, a signature, any hand-over) too, under its dossier: the dossier's trail shows who
 * decided what at each step, not only its status changes.
 */
@Component
class DossierAuditListener {

    /** The stored detail is read as it was written: in the province's language. */

    private final AuditLog log;
    private final MessageSource messages;

    DossierAuditListener(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @EventListener
    void on(DossierChanged change) {
        record(change.transition());
    }

    @EventListener
    void on(StepHandedOver handOver) {
        record(handOver.transition());
    }

    /** The action code is the transition's, e.g. DOSSIER_STEP_COMPLETED (labels in i18n/audit.properties). */
    private void record(DossierTransition t) {
        log.record(t.actor(), t.dossierCode(), "DOSSIER_" + t.action().name(), AuditOutcome.DONE, describe(t));
    }

    private String describe(DossierTransition t) {
        StringBuilder text = new StringBuilder();
        if (t.fromStatus() != t.toStatus()) {
            text.append(t.fromStatus() == null ? "" : t.fromStatus().labelVi()).append(" → ")
                    .append(t.toStatus().labelVi());
        }
        append(text, t.stepName());
        append(text, t.outcome() == null ? null
                : messages.getMessage("outcome." + t.outcome(), null, t.outcome(), LocalizedText.VIETNAMESE));
        append(text, t.note());
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.isEmpty() ? "" : "; ").append(part);
        }
    }
}
