/**
 * Fees and their payment: a procedure's fee (from procedure.yml) is requested when the process
 * reaches its fee step (status 6), paid in cash at the desk or online through the national payment
 * platform (callbacks verified by their MaXacThuc), receipted (biên lai, PDF) and announced as
 * {@link vn.motcua.payment.FeePaid}. The dossier module knows nothing of it: payments move the
 * dossier through its public {@link vn.motcua.dossier.DossierFees}.
 */
package vn.motcua.payment;
