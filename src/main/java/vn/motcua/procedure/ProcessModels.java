package vn.motcua.procedure;

import java.util.List;

/** What the deployed BPMN models say about their steps and ends (implemented by the engine adapter). */
public interface ProcessModels {

    /**
     * The decisions a user task offers: the {@code outcome} values tested by the exclusive
     * gateway right after it, in the model's order (the first is the normal forward path),
     * or just "approve" for a step with a single way on.
     */
    List<String> outcomes(String processDefinitionId, String taskActivityId);

    /** The candidate groups a user task declares, as written in the model (e.g. "receiving.specialist"). */
    List<String> candidateGroups(String processDefinitionId, String taskActivityId);

    /** Whether this end event declares that the dossier is refused (property dossierResult=refused). */
    boolean endsInRefusal(String processDefinitionId, String endActivityId);

    /** The deployed model file of a process definition, as it was deployed. */
    byte[] xml(String processDefinitionId);

    /**
     * The outline of a model file. Only for XML that passed the safe reading of validation
     * (no DOCTYPE, within the size limits): this parser is the engine's.
     */
    ModelOutline outline(byte[] xml);
}
