package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.testing.DatabaseTest;

/** The engine's history stays bounded: a nightly cleanup window, and every model's time to live (issue 12.6). */
@DatabaseTest
class HistoryCleanupTest {

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired ProcedureCatalog catalog;

    @Test
    void historyCleanupRunsEveryNightOutsideOfficeHoursInBatches() {
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(history.findHistoryCleanupJobs()).as("scheduled at start-up").isNotEmpty();
    }

    @Test
    void everyDeployedProcedureKeepsItsHistoryForTheFiveYearsItsRecordsAreKept() {
        String[] shipped = catalog.all().stream().map(Procedure::processKey).toArray(String[]::new);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKeysIn(shipped).list()).isNotEmpty()
                .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825));
    }
}
