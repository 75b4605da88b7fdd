package vn.motcua.tasklist.process;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.process.ProcessVariables;
import vn.motcua.tasklist.EngineTask;
import vn.motcua.tasklist.TaskEngine;
import vn.motcua.tasklist.TaskListQuery;

/** The task list on Camunda's TaskService. */
@Component
class CamundaTaskEngine implements TaskEngine {

    private final TaskService tasks;
    private final HistoryService history;
    private final ProcessEngineConfigurationImpl engine;

    CamundaTaskEngine(TaskService tasks, HistoryService history, ProcessEngineConfigurationImpl engine) {
        this.tasks = tasks;
        this.history = history;
        this.engine = engine;
    }

    @Override
    public <T> T asOneCommand(Supplier<T> action) {
        // Service calls made inside an active command reuse its context and entity cache.
        try {
            return engine.getCommandExecutorTxRequired().execute(commandContext -> {
                try {
                    return action.get();
                } catch (DomainException refusal) {
                    throw new CarriedRefusal(refusal);
                }
            });
        } catch (CarriedRefusal carried) {
            throw carried.refusal;
        }
    }

    /**
     * Camunda logs a command's failure at ERROR with its stack trace (ENGINE-16004), except a
     * BadUserRequestException, which it logs at DEBUG. A refusal of ours is not a fault: it is
     * carried out of the command in one (the transaction still rolls back) and thrown as itself,
     * for our handlers to log once at WARN.
     */
    private static final class CarriedRefusal extends BadUserRequestException {
        private final transient DomainException refusal;

        CarriedRefusal(DomainException refusal) {
            super(refusal.messageKey(), refusal);
            this.refusal = refusal;
        }
    }

    /** A native query: see {@link OpenTasksSql} for why not a TaskQuery. */
    @Override
    public ResultPage<EngineTask> openTasks(String username, List<String> groups, TaskListQuery query,
                                            LocalDateTime now, PageRequest page) {
        OpenTasksSql sql = new OpenTasksSql(username, groups, query, now);
        List<EngineTask> found = nativeQuery(sql.page(), sql).listPage(page.offset(), page.size()).stream()
                .map(CamundaTaskEngine::engineTask).toList();
        return ResultPage.of(found, page, total(found, page, sql));
    }

    /** A short page that is not empty is the last one: its end is the total, no count needed. */
    private long total(List<EngineTask> found, PageRequest page, OpenTasksSql sql) {
        boolean lastPage = !found.isEmpty() && found.size() < page.size();
        return lastPage ? page.offset() + found.size() : nativeQuery(sql.count(), sql).count();
    }

    private NativeTaskQuery nativeQuery(String text, OpenTasksSql sql) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(text);
        sql.parameters().forEach(query::parameter);
        return query;
    }

    @Override
    public List<EngineTask> openTasksOf(String dossierCode) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierCode).list().stream()
                .map(CamundaTaskEngine::engineTask).toList();
    }

    /**
     * By primary key rather than through a TaskQuery: the query's dynamic SQL costs more CPU than
     * the claim it precedes (profiled), and the entity read here stays in the command's cache for
     * the engine's own read in {@link #asOneCommand}.
     */
    @Override
    public Optional<EngineTask> task(String taskId) {
        return Optional.ofNullable(engine.getCommandExecutorTxRequired()
                        .execute(commandContext -> commandContext.getTaskManager().findTaskById(taskId)))
                .map(CamundaTaskEngine::engineTask);
    }

    @Override
    public Optional<EngineTask> finishedTask(String taskId) {
        return Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult())
                .map(task -> new EngineTask(task.getId(), task.getProcessInstanceId(), task.getName(),
                        task.getTaskDefinitionKey(), task.getProcessDefinitionId(), task.getAssignee(),
                        ProvinceClock.toLocal(task.getStartTime()), ProvinceClock.toLocal(task.getDueDate()),
                        ProvinceClock.toLocal(task.getFollowUpDate()), false));
    }

    @Override
    public Optional<EngineTask> openStep(String processInstanceId, String stepId) {
        return Optional.ofNullable(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(stepId).singleResult()).map(CamundaTaskEngine::engineTask);
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

    private static EngineTask engineTask(Task task) {
        return new EngineTask(task.getId(), task.getProcessInstanceId(), task.getName(), task.getTaskDefinitionKey(),
                task.getProcessDefinitionId(), task.getAssignee(), ProvinceClock.toLocal(task.getCreateTime()),
                ProvinceClock.toLocal(task.getDueDate()), ProvinceClock.toLocal(task.getFollowUpDate()),
                task.isSuspended());
    }
}
