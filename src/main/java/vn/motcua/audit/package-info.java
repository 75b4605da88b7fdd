/**
 * The audit trail: who did what to which dossier, when, and with what outcome. Records are
 * append-only and sealed into a hash chain so that any later edit or deletion is detectable;
 * auditors read and verify it.
 */
package vn.motcua.audit;
