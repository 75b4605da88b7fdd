package vn.motcua.dossier;

/**
 * Published, inside the step's transaction, when a step is completed: a hand-over inside
 * processing that leaves the dossier itself unchanged.
 */
public record StepHandedOver(DossierTransition transition) {
}
