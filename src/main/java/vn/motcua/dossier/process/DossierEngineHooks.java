package vn.motcua.dossier.process;

import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.ProcessCancellations;
import vn.motcua.dossier.StepCompletion;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.ProcessVariables;
import vn.motcua.shared.process.TaskGroup;

/**
 * Connects every deployed process to the dossier module, without anything in the BPMN:
 * <ul>
 * <li>task groups written as {@code receiving.<role>} become {@code <dossier's agency>.<role>}
 *     (a JUEL expression over the {@code agencyCode} variable, built once at parse time);</li>
 * <li>each step's start, claim and completion, and the end of the process, are reported to
 *     {@link DossierProgress} in the engine's transaction;</li>
 * <li>a process deleted or cancelled in the engine is reported to {@link ProcessCancellations}
 *     (a built-in listener: it runs even when the caller skips custom listeners).</li>
 * </ul>
 */
@Component
class DossierEngineHooks extends AbstractProcessEnginePlugin {

    private final DossierProgress progress;
    private final ProcessCancellations cancellations;

    DossierEngineHooks(@Lazy DossierProgress progress, @Lazy ProcessCancellations cancellations) {
        this.progress = progress;
        this.cancellations = cancellations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new ParseListener());
    }

    private final class ParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END,
                    (ExecutionListener) DossierEngineHooks.this::processEnded);
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            resolveReceivingGroups(task.getCandidateGroupIdExpressions());
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, DossierEngineHooks.this::stepStarted);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, DossierEngineHooks.this::stepAssigned);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, DossierEngineHooks.this::stepCompleted);
        }

        private void resolveReceivingGroups(Set<Expression> groups) {
            List<Expression> resolved = new ArrayList<>();
            groups.removeIf(group -> {
                Optional<TaskGroup> placeholder = TaskGroup.parse(group.getExpressionText())
                        .filter(TaskGroup::ofReceivingAgency);
                placeholder.ifPresent(g -> resolved.add(Context.getProcessEngineConfiguration().getExpressionManager()
                        .createExpression(g.forDossierOf("${" + ProcessVariables.AGENCY_CODE + "}").toString())));
                return placeholder.isPresent();
            });
            groups.addAll(resolved);
        }
    }

    private void stepStarted(DelegateTask task) {
        if (task.getExecution().getProcessBusinessKey() != null) {
            String code = task.getExecution().getProcessBusinessKey();
            progress.stepStarted(code, DossierCode.agencyOf(code), candidateGroups(task));
        }
    }

    /** A claim made anywhere (our pages, the API, Camunda's Tasklist) moves the dossier. */
    private void stepAssigned(DelegateTask task) {
        String code = task.getExecution().getProcessBusinessKey();
        if (code != null && task.getAssignee() != null) {
            progress.stepClaimed(code, task.getAssignee());
        }
    }

    private void stepCompleted(DelegateTask task) {
        if (task.getExecution() == null) {
            // the process was ended (a withdrawal) after this completion read its task: a lost race
            throw new ConflictException("taskId", "error.concurrentChange");
        }
        String code = task.getExecution().getProcessBusinessKey();
        if (code != null) {
            progress.stepCompleted(new StepCompletion(code, task.getProcessDefinitionId(),
                    task.getTaskDefinitionKey(), task.getName(), candidateGroups(task), task.getAssignee(),
                    ProvinceClock.toLocal(task.getCreateTime()), ProvinceClock.toLocal(task.getDueDate()),
                    outcome(task), note(task)));
        }
    }

    private void processEnded(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        if (code == null) {
            return;
        }
        if (execution.isCanceled()) {
            cancellations.processCancelled(code, ((ExecutionEntity) execution).getDeleteReason());
        } else {
            progress.processEnded(code, execution.getProcessDefinitionId(), execution.getCurrentActivityId());
        }
    }

    /** Read from the execution, where completion put them: the task's own scope would cost a query. */
    private static String outcome(DelegateTask task) {
        return (String) task.getExecution().getVariable(ProcessVariables.OUTCOME);
    }

    private static String note(DelegateTask task) {
        return (String) task.getExecution().getVariable(ProcessVariables.NOTE);
    }

    /** Evaluated from the step's definition: the engine's identity links would cost a query. */
    private static List<String> candidateGroups(DelegateTask task) {
        TaskDefinition definition = ((TaskEntity) task).getTaskDefinition();
        return definition.getCandidateGroupIdExpressions().stream()
                .map(expression -> String.valueOf(expression.getValue(task.getExecution()))).toList();
    }
}
