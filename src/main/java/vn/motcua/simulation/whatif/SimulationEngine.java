package vn.motcua.simulation.whatif;

import java.util.List;
import java.util.Map;

/**
 * A process engine of its own for one what-if run: the models deployed there, dossiers started
 * and steps completed there only. Implemented by a separate Camunda engine on an in-memory
 * database, so the live engine, its database and its clock are never touched.
 */
public interface SimulationEngine extends AutoCloseable {

    /** A step waiting to be done: the engine's task, the model's step id and name, its group. */
    record OpenStep(String taskId, String stepId, String name, String group) {
    }

    /** Starts a dossier on the nth deployed model (in the order given) and answers its instance. */
    String start(int model, String businessKey, String agencyCode);

    /** The steps of the instance that are open now. */
    List<OpenStep> openSteps(String instanceId);

    /** Completes a step with the normal way on ({@code outcome = approve}). */
    void complete(String taskId);

    boolean ended(String instanceId);

    /** Each user task's allotted working time as the model writes it (camunda:dueDate), by step id. */
    Map<String, String> stepAllotments(int model);

    @Override
    void close();

    /** Builds engines (the engine adapter of the process package). */
    interface Factory {
        SimulationEngine open(List<byte[]> models);
    }
}
