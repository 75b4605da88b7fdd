package vn.motcua.shared.process;

import java.util.Set;

/**
 * The few process variables our models use, and the words they hold. Dossier data lives in our
 * tables; the engine holds only what its gateways, task groups and calendar need. This is the
 * models' vocabulary: the model validator allows no other name in an expression.
 */
public final class ProcessVariables {

    /** The receiving agency's code: resolves "receiving.*" task groups and picks the office hours. */
    public static final String AGENCY_CODE = "agencyCode";
    /** The decision a step was completed with; the exclusive gateway after the step routes on it. */
    public static final String OUTCOME = "outcome";
    /** The clerk's note on a decision, passed to the step listener as a transient variable (never stored). */
    public static final String NOTE = "note";

    /** Every variable a model's expression may read. */
    public static final Set<String> NAMES = Set.of(AGENCY_CODE, OUTCOME, NOTE);

    /** The decisions a step can be completed with, as a flow's condition tests them. */
    public static final String APPROVE = "approve";
    public static final Set<String> OUTCOMES = Set.of(APPROVE, "reject", "returnToPrevious", "forward");

    private ProcessVariables() {
    }
}
