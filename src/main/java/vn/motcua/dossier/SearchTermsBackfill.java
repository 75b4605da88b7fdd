package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V89: the search terms of the dossiers stored before V88, computed by the same
 * {@link SearchText} that computes them at intake (SQL has no portable way to strip Vietnamese
 * diacritics). On PostgreSQL the term first gets the "C" collation: LIKE 'prefix%' uses a B-tree
 * only under it, and the database's own collation (en_US.UTF-8, C.UTF-8...) is not C. A Spring
 * bean, so that Spring Boot's Flyway runs it in its place between V88 and the next migration.
 */
@Component
class SearchTermsBackfill implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("89");
    }

    @Override
    public String getDescription() {
        return "dossier search terms backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE dossier_search_term ALTER COLUMN term TYPE VARCHAR(200) COLLATE \"C\"");
            }
        }
        try (Statement select = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO dossier_search_term (term, dossier_code) VALUES (?, ?)")) {
            // streamed, not read whole: a province's database holds millions of dossiers
            select.setFetchSize(BATCH);
            try (ResultSet dossiers = select.executeQuery("SELECT code, applicant_name FROM dossier")) {
                int pending = 0;
                while (dossiers.next()) {
                    String code = dossiers.getString(1);
                    for (String term : SearchText.terms(code, dossiers.getString(2))) {
                        insert.setString(1, term);
                        insert.setString(2, code);
                        insert.addBatch();
                        pending++;
                    }
                    if (pending >= BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }
}
