package vn.motcua.audit;

import java.time.LocalDate;

/** Which audit records an auditor wants to see; every criterion is optional. */
public record AuditQuery(String dossierCode, String username, LocalDate from, LocalDate to) {
}
