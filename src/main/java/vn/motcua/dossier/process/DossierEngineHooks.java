package vn.motcua.dossier.process;

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
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierProgress;
import vn.motcua.dossier.StepCompletion;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.ProcessVariables;

/**
 * Connects every deployed process to the dossier module, without anything in the BPMN:
 * <ul>
 * <li>task groups written as {@code receiving.<role>} become {@code <dossier's agency>.<role>}
 *     (a JUEL expression over the {@code agencyCode} variable, built once at parse time);</li>
 * <li>each step's start and completion, and the end of the process, are reported to
 *     {@link DossierProgress} in the engine's transaction.</li>
 * </ul>
 */
@Component
class DossierEngineHooks extends AbstractProcessEnginePlugin {

    static final String RECEIVING_GROUP_PREFIX = "receiving.";

    private final DossierProgress progress;

    DossierEngineHooks(@Lazy DossierProgress progress) {
        this.progress = progress;
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
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, DossierEngineHooks.this::stepCompleted);
        }

        private void resolveReceivingGroups(Set<Expression> groups) {
            List<Expression> resolved = new ArrayList<>();
            groups.removeIf(group -> {
                String text = group.getExpressionText();
                if (text == null || !text.startsWith(RECEIVING_GROUP_PREFIX)) {
                    return false;
                }
                String role = text.substring(RECEIVING_GROUP_PREFIX.length());
                resolved.add(Context.getProcessEngineConfiguration().getExpressionManager()
                        .createExpression("${" + ProcessVariables.AGENCY_CODE + "}." + role));
                return true;
            });
            groups.addAll(resolved);
        }
    }

    private void stepStarted(DelegateTask task) {
        if (task.getExecution().getProcessBusinessKey() != null) {
            progress.stepStarted(task.getExecution().getProcessBusinessKey(),
                    (String) task.getVariable(ProcessVariables.AGENCY_CODE), candidateGroups(task));
        }
    }

    private void stepCompleted(DelegateTask task) {
        String code = task.getExecution().getProcessBusinessKey();
        if (code != null) {
            progress.stepCompleted(new StepCompletion(code, task.getProcessDefinitionId(),
                    task.getTaskDefinitionKey(), task.getName(), candidateGroups(task), task.getAssignee(),
                    ProvinceClock.toLocal(task.getCreateTime()), ProvinceClock.toLocal(task.getDueDate()),
                    (String) task.getVariable(ProcessVariables.OUTCOME), (String) task.getVariable(ProcessVariables.NOTE)));
        }
    }

    private void processEnded(DelegateExecution execution) {
        if (!execution.isCanceled() && execution.getProcessBusinessKey() != null) {
            progress.processEnded(execution.getProcessBusinessKey(), execution.getProcessDefinitionId(),
                    execution.getCurrentActivityId());
        }
    }

    private static List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}
