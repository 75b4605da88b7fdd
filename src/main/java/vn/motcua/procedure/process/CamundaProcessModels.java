package vn.motcua.procedure.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;
import vn.motcua.procedure.ProcessModels;

/** Reads deployed models once per process definition (definitions never change once deployed). */
@Component
class CamundaProcessModels implements ProcessModels {

    private final RepositoryService repository;
    private final Map<String, BpmnFacts> facts = new ConcurrentHashMap<>();

    CamundaProcessModels(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public List<String> outcomes(String processDefinitionId, String taskActivityId) {
        return factsOf(processDefinitionId).outcomes(taskActivityId);
    }

    @Override
    public List<String> candidateGroups(String processDefinitionId, String taskActivityId) {
        return factsOf(processDefinitionId).candidateGroups(taskActivityId);
    }

    @Override
    public boolean endsInRefusal(String processDefinitionId, String endActivityId) {
        return factsOf(processDefinitionId).endsInRefusal(endActivityId);
    }

    private BpmnFacts factsOf(String processDefinitionId) {
        return facts.computeIfAbsent(processDefinitionId,
                id -> BpmnFacts.of(repository.getBpmnModelInstance(id)));
    }
}
