package vn.motcua.payment;

/** The engine's side of a fee step (implemented in the process package). */
public interface FeeSteps {

    /** The dossier's process waits at its fee step no longer: it goes on, in the caller's transaction. */
    void feePaid(String dossierCode);
}
