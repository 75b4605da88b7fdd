package vn.motcua.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.agency.AgencyChanged;
import vn.motcua.security.AccountChanged;

/**
 * Administrators' changes to accounts and agencies become audit records in the transaction that
 * made them, described in Vietnamese words naming the account or agency (never a password).
 */
@Component
class AdministrationAuditListener {

    private final AuditLog log;

    AdministrationAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AccountChanged change) {
        log.record(change.administrator(), null, "ACCOUNT_" + change.change().name(), AuditOutcome.DONE,
                change.description());
    }

    @EventListener
    void on(AgencyChanged change) {
        log.record(change.administrator(), null, "AGENCY_" + change.change().name(), AuditOutcome.DONE,
                change.description());
    }
}
