package vn.motcua.tasklist.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;
import vn.motcua.shared.process.DelegateBeans;
import vn.motcua.tasklist.Reminders;

/**
 * {@code #{dueSoonReminder}}: the service task behind a step's non-interrupting reminder timer.
 * Finds the step the timer is attached to and has its holder and the agency's leaders reminded.
 */
@Component(DelegateBeans.DUE_SOON_REMINDER)
class DueSoonReminder implements JavaDelegate {

    private final Reminders reminders;

    DueSoonReminder(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getBpmnModelElementInstance() instanceof FlowNode serviceTask) {
            String stepId = remindedStepId(serviceTask);
            if (stepId != null) {
                reminders.stepDueSoon(execution.getProcessInstanceId(), stepId);
            }
        }
    }

    /** The user task whose boundary timer led to this service task. */
    private static String remindedStepId(FlowNode serviceTask) {
        for (SequenceFlow incoming : serviceTask.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
                return timer.getAttachedTo().getId();
            }
        }
        return null;
    }
}
