package vn.motcua.tasklist.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.ProcessVariables;
import vn.motcua.tasklist.DueSoonThreshold;

/**
 * Every step that opens with a due date gets, as its follow-up date, the instant it becomes due
 * soon ({@link DueSoonThreshold}), on the calendar of the agency its due date was counted on.
 * The task list's "due soon" filter is then a date comparison in SQL (ADR 0019). Whoever moves
 * a step's due date moves its follow-up date with it (the supplement's resumption does).
 */
@Component
class DueSoonFollowUp extends AbstractProcessEnginePlugin {

    private final DueSoonThreshold threshold;

    DueSoonFollowUp(@Lazy DueSoonThreshold threshold) {
        this.threshold = threshold;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, DueSoonFollowUp.this::stepOpened);
            }
        });
    }

    /** The engine has set the due date from the model before it fires "create". */
    private void stepOpened(DelegateTask task) {
        if (task.getDueDate() != null && task.getFollowUpDate() == null) {
            Object agency = task.getExecution().getVariable(ProcessVariables.AGENCY_CODE);
            task.setFollowUpDate(ProvinceClock.toDate(threshold.of(agency instanceof String code ? code : null,
                    ProvinceClock.toLocal(task.getCreateTime()), ProvinceClock.toLocal(task.getDueDate()))));
        }
    }
}
