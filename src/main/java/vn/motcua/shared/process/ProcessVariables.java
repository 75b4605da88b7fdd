package vn.motcua.shared.process;

/**
 * The few process variables our models use. Dossier data lives in our tables; the engine
 * holds only what its gateways, task groups and calendar need.
 */
public final class ProcessVariables {

    /** The receiving agency's code: resolves "receiving.*" task groups and picks the office hours. */
    public static final String AGENCY_CODE = "agencyCode";
    /** The decision a step was completed with; the exclusive gateway after the step routes on it. */
    public static final String OUTCOME = "outcome";
    /** The clerk's note on a decision, passed to the step listener as a transient variable (never stored). */
    public static final String NOTE = "note";

    private ProcessVariables() {
    }
}
