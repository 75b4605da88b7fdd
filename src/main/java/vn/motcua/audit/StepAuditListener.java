package vn.motcua.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierTransition;
import vn.motcua.dossier.StepHandedOver;

/**
 * Every completed step (an approval, a signature, any hand-over) becomes an audit record
 * under its dossier, in the step's own transaction: the dossier's trail shows who decided
 * what at each step, not only its status changes.
 */
@Component
class StepAuditListener {

    private final AuditLog log;

    StepAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(StepHandedOver handOver) {
        DossierTransition t = handOver.transition();
        log.record(t.actor(), t.dossierCode(), "DOSSIER_" + t.action().name(), AuditOutcome.DONE,
                DossierAuditListener.describe(t));
    }
}
