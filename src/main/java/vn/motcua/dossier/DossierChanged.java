package vn.motcua.dossier;

/**
 * Published, inside the transaction that made it, for every recorded transition: the
 * reporting facts and the audit trail are written in the same transaction as the change.
 */
public record DossierChanged(Dossier dossier, DossierTransition transition) {
}
