package vn.motcua.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.issuance.DocumentIssued;

/**
 * Every issued document becomes an audit record in the transaction that stored it, with its
 * SHA-256: once sealed into the chain, the stored bytes can no longer be swapped unnoticed.
 */
@Component
class IssuanceAuditListener {

    private final AuditLog log;

    IssuanceAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(DocumentIssued document) {
        log.record(document.signer(), document.dossierCode(), "DOCUMENT_ISSUED", AuditOutcome.DONE,
                document.documentName() + "; mã " + document.id() + "; SHA-256 " + document.sha256());
    }
}
