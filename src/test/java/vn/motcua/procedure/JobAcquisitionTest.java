package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.testing.DatabaseTest;

/** The job executor finds due timers through an index, not by scanning all of them (issue 12.5). */
@DatabaseTest
class JobAcquisitionTest {

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired DataSource dataSource;

    @Test
    void jobsAreAcquiredByDueDateThroughAnIndexOnIt() throws SQLException {
        assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(indexedColumnsOf("ACT_RU_JOB")).contains("DUEDATE_");
    }

    private List<String> indexedColumnsOf(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            // H2 keeps unquoted names in upper case, PostgreSQL in lower case
            for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (indexes.next()) {
                        String column = indexes.getString("COLUMN_NAME");
                        if (column != null) {
                            columns.add(column.toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return columns;
    }
}
