package vn.motcua.shared.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.shared.cluster.Databases;

/**
 * On PostgreSQL only (H2 has no autovacuum): per-table autovacuum and ANALYZE settings for the
 * tables that change fastest, so that their dead rows are reclaimed and their statistics kept
 * fresh long before PostgreSQL's defaults (20 % of a table changed, 10 % for ANALYZE) would act
 * on a table of a million rows (issue 12.5; docs/operators.md, "Autovacuum and ANALYZE", says
 * why each). Applied after the engine has created its tables, to a table with no storage settings
 * yet: one an operator has tuned is left as it is. Warns when autovacuum is off on the server,
 * which no table setting overrides.
 */
@Component
class AutovacuumSettings extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(AutovacuumSettings.class);

    /** Queue-like engine tables: rows inserted and deleted all day, the table stays small. */
    private static final String CHURN = "autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02";
    /** Tables that grow by inserts (and a nightly bulk delete): keep statistics and visibility fresh. */
    private static final String APPEND = "autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02,"
            + " autovacuum_vacuum_insert_scale_factor = 0.05";
    /** Large tables whose rows are updated in place (a dossier's status, an audit record's seal). */
    private static final String UPDATED = "autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01";

    /** Table → its settings. */
    static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("act_ru_task", CHURN), Map.entry("act_ru_job", CHURN), Map.entry("act_ru_execution", CHURN),
            Map.entry("act_ru_variable", CHURN), Map.entry("act_ru_identitylink", CHURN),
            Map.entry("act_ge_bytearray",
                    "autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.05"),
            Map.entry("act_hi_procinst", APPEND), Map.entry("act_hi_actinst", APPEND),
            Map.entry("act_hi_taskinst", APPEND), Map.entry("act_hi_varinst", APPEND),
            Map.entry("act_hi_detail", APPEND), Map.entry("act_hi_identitylink", APPEND),
            Map.entry("act_hi_op_log", APPEND), Map.entry("act_hi_job_log", APPEND),
            Map.entry("dossier", UPDATED), Map.entry("audit_record", UPDATED), Map.entry("dossier_transition", APPEND));

    private final DataSource dataSource;

    AutovacuumSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (!Databases.isPostgres(dataSource)) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             PreparedStatement untuned = connection.prepareStatement(
                     "SELECT 1 FROM pg_class WHERE oid = to_regclass(?) AND reloptions IS NULL")) {
            for (Map.Entry<String, String> table : SETTINGS.entrySet()) {
                untuned.setString(1, table.getKey());
                try (ResultSet found = untuned.executeQuery()) {
                    if (found.next()) {
                        // names and settings are the constants above, never input
                        statement.execute("ALTER TABLE " + table.getKey() + " SET (" + table.getValue() + ")");
                    }
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            try (ResultSet autovacuum = statement.executeQuery("SHOW autovacuum")) {
                if (autovacuum.next() && !"on".equals(autovacuum.getString(1))) {
                    LOG.warn("autovacuum is off on this PostgreSQL server: dead rows pile up and the planner's"
                            + " statistics go stale (slow task lists and reports). Set autovacuum = on"
                            + " (docs/operators.md, \"Autovacuum and ANALYZE\").");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the autovacuum settings of the busiest tables", e);
        }
    }
}
