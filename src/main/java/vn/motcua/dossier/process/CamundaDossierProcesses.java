package vn.motcua.dossier.process;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierProcesses;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.ProcessVariables;

/** The dossier module's use of the engine. */
@Component
class CamundaDossierProcesses implements DossierProcesses {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    CamundaDossierProcesses(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    @Override
    public String start(String processDefinitionId, String dossierCode, String agencyCode) {
        return runtime.startProcessInstanceById(processDefinitionId, dossierCode, Map.of(ProcessVariables.AGENCY_CODE, agencyCode))
                .getId();
    }

    @Override
    public void suspend(String processInstanceId) {
        runtime.suspendProcessInstanceById(processInstanceId);
    }

    @Override
    public void resume(String processInstanceId, UnaryOperator<LocalDateTime> shift) {
        runtime.activateProcessInstanceById(processInstanceId);
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (task.getDueDate() != null) {
                task.setDueDate(shifted(task.getDueDate(), shift));
                // the instant the task list shows the step as due soon moves with its due date
                if (task.getFollowUpDate() != null) {
                    task.setFollowUpDate(shifted(task.getFollowUpDate(), shift));
                }
                tasks.saveTask(task);
            }
        }
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            management.setJobDuedate(job.getId(),
                    ProvinceClock.toDate(shift.apply(ProvinceClock.toLocal(job.getDuedate()))));
        }
    }

    private static Date shifted(Date date, UnaryOperator<LocalDateTime> shift) {
        return ProvinceClock.toDate(shift.apply(ProvinceClock.toLocal(date)));
    }

    @Override
    public void cancel(String processInstanceId, String reason) {
        runtime.deleteProcessInstance(processInstanceId, reason, true, true);
    }

    @Override
    public List<String> currentSteps(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()
                .stream().map(Task::getName).toList();
    }
}
