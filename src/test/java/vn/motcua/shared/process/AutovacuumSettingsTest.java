package vn.motcua.shared.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.shared.cluster.Databases;
import vn.motcua.testing.DatabaseTest;

/** On PostgreSQL the busiest tables get autovacuum settings of their own at start (issue 12.5). */
@DatabaseTest
class AutovacuumSettingsTest {

    @Autowired AutovacuumSettings settings;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void theEnginesHotTablesAndOursAreVacuumedAndAnalysedSooner() {
        assumeTrue(Databases.isPostgres(dataSource), "autovacuum is PostgreSQL's");
        assertThat(optionsOf("act_ru_job")).contains("autovacuum_vacuum_scale_factor=0.01",
                "autovacuum_analyze_scale_factor=0.02");
        assertThat(optionsOf("act_ru_task")).contains("autovacuum_vacuum_scale_factor=0.01");
        assertThat(optionsOf("act_hi_actinst")).contains("autovacuum_vacuum_insert_scale_factor=0.05");
        assertThat(optionsOf("dossier")).contains("autovacuum_analyze_scale_factor=0.01");
        assertThat(optionsOf("audit_record")).contains("autovacuum_vacuum_scale_factor=0.02");
        assertThat(AutovacuumSettings.SETTINGS.keySet()).allSatisfy(table -> assertThat(optionsOf(table))
                .as(table).isNotEmpty());
    }

    @Test
    void aTableAnOperatorHasTunedIsLeftAsItIs() {
        assumeTrue(Databases.isPostgres(dataSource), "autovacuum is PostgreSQL's");
        jdbc.sql("ALTER TABLE act_ru_job SET (autovacuum_vacuum_scale_factor = 0.005)").update();
        jdbc.sql("ALTER TABLE act_ru_job RESET (autovacuum_analyze_scale_factor)").update();
        try {
            settings.postProcessEngineBuild(null);
            assertThat(optionsOf("act_ru_job")).containsExactly("autovacuum_vacuum_scale_factor=0.005");
        } finally {
            jdbc.sql("ALTER TABLE act_ru_job RESET (autovacuum_vacuum_scale_factor)").update();
            settings.postProcessEngineBuild(null);
        }
        assertThat(optionsOf("act_ru_job")).as("untuned again: the settings come back")
                .contains("autovacuum_vacuum_scale_factor=0.01");
    }

    private List<String> optionsOf(String table) {
        return jdbc.sql("SELECT unnest(reloptions) FROM pg_class WHERE oid = to_regclass(?)").param(table)
                .query(String.class).list();
    }
}
