package vn.motcua.bench;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The comparison point: plain Camunda 7 on its own database of the same kind, with the same
 * history level, pool size and the same extra task index our application adds, driven
 * through the bare Java API with none of our code in the way.
 */
final class BareEngine implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    BareEngine(Map<String, String> database, String bpmnResource) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(database.get("spring.datasource.url"));
        pool.setUsername(database.get("spring.datasource.username"));
        pool.setPassword(database.get("spring.datasource.password"));
        pool.setMaximumPoolSize(20);
        dataSource = new HikariDataSource(pool);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS ACT_IDX_TASK_PARENT_TASK ON ACT_RU_TASK (PARENT_TASK_ID_)");
        }
        try (InputStream bpmn = BareEngine.class.getClassLoader().getResourceAsStream(bpmnResource)) {
            engine.getRepositoryService().createDeployment().addInputStream("model.bpmn", bpmn).deploy();
        }
    }

    /** Start, then for each step: find the task, claim it, complete it with "approve". */
    void runDossier(String processKey, String businessKey, PhaseTimes times, String... stepAssignees) {
        TaskService tasks = engine.getTaskService();
        String instanceId = times.time(LifecycleBenchmark.RECEIVE, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(processKey, businessKey, Map.of("agencyCode", "XPV")).getId());
        for (String assignee : stepAssignees) {
            Task task = times.time(LifecycleBenchmark.FIND_STEP,
                    () -> tasks.createTaskQuery().processInstanceId(instanceId).singleResult());
            times.time(LifecycleBenchmark.CLAIM, () -> tasks.claim(task.getId(), assignee));
            times.time(LifecycleBenchmark.COMPLETE, () -> tasks.complete(task.getId(), Map.of("outcome", "approve")));
        }
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
    }
}
