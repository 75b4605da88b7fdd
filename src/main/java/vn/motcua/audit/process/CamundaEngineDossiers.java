package vn.motcua.audit.process;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import vn.motcua.audit.EngineDossiers;

/** The dossier of a task or process instance is its process's business key, read from the history. */
@Component
class CamundaEngineDossiers implements EngineDossiers {

    private final HistoryService history;

    CamundaEngineDossiers(HistoryService history) {
        this.history = history;
    }

    @Override
    public Optional<String> ofTask(String taskId) {
        return Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult())
                .map(HistoricTaskInstance::getProcessInstanceId).flatMap(this::ofProcessInstance);
    }

    @Override
    public Optional<String> ofProcessInstance(String processInstanceId) {
        return Optional.ofNullable(processInstanceId)
                .map(id -> history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult())
                .map(HistoricProcessInstance::getBusinessKey);
    }
}
