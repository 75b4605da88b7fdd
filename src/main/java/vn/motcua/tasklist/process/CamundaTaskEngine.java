package vn.motcua.tasklist.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.ProcessVariables;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.TaskEngine;

/** The task list on Camunda's TaskService. */
@Component
class CamundaTaskEngine implements TaskEngine {

    private final TaskService tasks;
    private final RuntimeService runtime;

    CamundaTaskEngine(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Override
    public List<ClerkTask> openTasks(String username, List<String> groups) {
        TaskQuery query = tasks.createTaskQuery().or().taskAssignee(username);
        if (!groups.isEmpty()) {
            query = query.taskCandidateGroupIn(groups);
        }
        List<Task> found = query.endOr().orderByDueDate().asc().orderByTaskCreateTime().asc().list();
        Map<String, String> dossierCodes = businessKeys(found);
        return found.stream()
                .map(task -> describe(task, dossierCodes.get(task.getProcessInstanceId()), candidateGroups(task)))
                .toList();
    }

    @Override
    public List<ClerkTask> openTasksOf(String dossierCode, String username, List<String> groups) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierCode).list().stream()
                .map(task -> describe(task, dossierCode, candidateGroups(task)))
                .filter(task -> isVisible(task, username, groups)).toList();
    }

    @Override
    public Optional<ClerkTask> visibleTask(String taskId, String username, List<String> groups) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        ClerkTask described = describe(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()),
                candidateGroups(task));
        return isVisible(described, username, groups) ? Optional.of(described) : Optional.empty();
    }

    @Override
    public void claim(String taskId, String username) {
        tasks.claim(taskId, username);
    }

    @Override
    public void unclaim(String taskId) {
        tasks.setAssignee(taskId, null);
    }

    @Override
    public void complete(String taskId, String outcome, String note) {
        tasks.complete(taskId, Variables.createVariables()
                .putValue(ProcessVariables.OUTCOME, outcome)
                .putValueTyped(ProcessVariables.NOTE, Variables.stringValue(note, true)));
    }

    /** The task as the task list shows it. */
    ClerkTask describe(Task task) {
        return describe(task, businessKeys(List.of(task)).get(task.getProcessInstanceId()), candidateGroups(task));
    }

    private static boolean isVisible(ClerkTask task, String username, List<String> groups) {
        return username.equals(task.assignee()) || task.candidateGroups().stream().anyMatch(groups::contains);
    }

    private static ClerkTask describe(Task task, String dossierCode, List<String> candidateGroups) {
        return new ClerkTask(task.getId(), dossierCode, task.getName(), task.getTaskDefinitionKey(),
                task.getProcessDefinitionId(), candidateGroups, task.getAssignee(),
                ProvinceClock.toLocal(task.getCreateTime()), ProvinceClock.toLocal(task.getDueDate()),
                task.isSuspended(), List.of());
    }

    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
                businessKeys.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return businessKeys;
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}
