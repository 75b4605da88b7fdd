package vn.motcua.audit;

import java.time.LocalDateTime;

/** One audited action. {@code chainSeq} and {@code hash} are null until the sealer links it. */
public record AuditRecord(long id, LocalDateTime occurredAt, String username, String dossierCode,
                          String action, AuditOutcome outcome, String detail, Long chainSeq, String hash) {

    public boolean sealed() {
        return chainSeq != null;
    }
}
