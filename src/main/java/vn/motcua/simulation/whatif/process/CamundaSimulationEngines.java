package vn.motcua.simulation.whatif.process;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.motcua.shared.process.AllowListExpressionManager;
import vn.motcua.shared.process.DelegateBeans;
import vn.motcua.simulation.whatif.SimulationEngine;

/**
 * What-if engines: a plain Camunda engine per run on its own in-memory H2 database, without
 * history, job executor or metrics, and without any of the application's engine plugins (no
 * dossier hooks, no reminders). Time is not the engine's business here: the simulation computes
 * every date on the working calendar itself and never moves Camunda's clock, which is shared by
 * all engines of the JVM and drives the live one.
 */
@Component
class CamundaSimulationEngines implements SimulationEngine.Factory {

    /** Every allow-listed delegate does nothing in a simulation (reminders do not change durations). */
    private static final JavaDelegate NOTHING = execution -> { };

    @Override
    public SimulationEngine open(List<byte[]> models) {
        String name = "whatif-" + UUID.randomUUID();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setExpressionManager(new AllowListExpressionManager(DelegateBeans.NAMES, bean -> NOTHING));
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            return new CamundaSimulationEngine(engine, deploy(engine, models), new HashMap<>());
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private static List<String> deploy(ProcessEngine engine, List<byte[]> models) {
        return models.stream().map(xml -> {
            String deploymentId = engine.getRepositoryService().createDeployment()
                    .addInputStream("model.bpmn", new ByteArrayInputStream(xml)).deploy().getId();
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deploymentId).singleResult();
            return definition.getId();
        }).toList();
    }

    /** {@code groups}: each step's group, by definition and step id, asked of the engine once. */
    private record CamundaSimulationEngine(ProcessEngine engine, List<String> definitionIds,
                                           Map<String, String> groups) implements SimulationEngine {

        @Override
        public String start(int model, String businessKey, String agencyCode) {
            return engine.getRuntimeService().startProcessInstanceById(definitionIds.get(model), businessKey,
                    Map.of("agencyCode", agencyCode)).getId();
        }

        @Override
        public List<OpenStep> openSteps(String instanceId) {
            return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list().stream()
                    .map(task -> new OpenStep(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                            groups.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                                    step -> groupOf(task.getId()))))
                    .toList();
        }

        private String groupOf(String taskId) {
            return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                    .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId())
                    .findFirst().orElse("");
        }

        /**
         * Completes the step; a message the process then waits for (the citizen's fee) arrives at once:
         * the citizen's time is not the agency's, and no clerk's queue serves it.
         */
        @Override
        public void complete(String taskId) {
            String instanceId = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()
                    .getProcessInstanceId();
            engine.getTaskService().complete(taskId, Map.of("outcome", "approve"));
            engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(instanceId)
                    .eventType("message").list()
                    .forEach(waiting -> engine.getRuntimeService()
                            .messageEventReceived(waiting.getEventName(), waiting.getExecutionId()));
        }

        @Override
        public boolean ended(String instanceId) {
            return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId)
                    .singleResult() == null;
        }

        @Override
        public Map<String, String> stepAllotments(int model) {
            BpmnModelInstance instance = engine.getRepositoryService().getBpmnModelInstance(definitionIds.get(model));
            Map<String, String> allotments = new HashMap<>();
            instance.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> task.getCamundaDueDate() != null)
                    .forEach(task -> allotments.put(task.getId(), task.getCamundaDueDate()));
            return allotments;
        }

        @Override
        public void close() {
            engine.close();
        }
    }
}
