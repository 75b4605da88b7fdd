package vn.motcua.procedure.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.motcua.procedure.ModelOutline;
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

    @Override
    public byte[] xml(String processDefinitionId) {
        ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
        try (InputStream xml = repository.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return xml.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model of " + processDefinitionId, e);
        }
    }

    @Override
    public ModelOutline outline(byte[] xml) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        BpmnFacts facts = BpmnFacts.of(model);
        List<ModelOutline.Step> steps = model.getModelElementsByType(UserTask.class).stream()
                .map(task -> new ModelOutline.Step(task.getId(), task.getName(), task.getCamundaCandidateGroups()))
                .toList();
        return new ModelOutline(facts.versionTag(), facts.statutoryWorkingDays().orElse(null), steps,
                facts.normalPathSteps(), facts.normalPathHandovers());
    }

    private BpmnFacts factsOf(String processDefinitionId) {
        return facts.computeIfAbsent(processDefinitionId,
                id -> BpmnFacts.of(repository.getBpmnModelInstance(id)));
    }
}
