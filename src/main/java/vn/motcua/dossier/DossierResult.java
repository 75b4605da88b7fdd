package vn.motcua.dossier;

/** What the procedure produced: the requested result, or a reasoned refusal to resolve. */
public enum DossierResult {
    APPROVED, REFUSED
}
