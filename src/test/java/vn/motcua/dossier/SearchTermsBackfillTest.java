package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;
import vn.motcua.testing.TestDatabases;

/** V89 gives the dossiers stored before V88 the terms an intake writes today (ADR 0020). */
@DatabaseTest
@AutoConfigureMockMvc // the context of DossierListApiTest, started once for both
class SearchTermsBackfillTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired DossierIntake intake;
    @Autowired SignIn signIn;

    @Test
    void dossiersWithoutTermsGetTheTermsOfTheirNameAndCode() throws Exception {
        signIn.as("reception");
        String code;
        try {
            code = intake.receive(new IntakeRequest("1.001612", Channel.DESK,
                    new Applicant("Huỳnh Thị Ánh Đào", "079301066666", null, null, null), null)).code();
        } finally {
            signIn.out();
        }
        String written = terms(code);
        assertThat(written).isEqualTo("anh dao|dao|huynh thi anh dao|thi anh dao|" + SearchText.normalized(code));
        long dossiers = jdbc.sql("SELECT COUNT(DISTINCT dossier_code) FROM dossier_search_term").query(Long.class).single();
        jdbc.sql("DELETE FROM dossier_search_term").update();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new SearchTermsBackfill().migrate(context(connection));
            connection.commit();
        }

        assertThat(terms(code)).isEqualTo(written);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT dossier_code) FROM dossier_search_term").query(Long.class).single())
                .isEqualTo(dossiers)
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single());
        if (TestDatabases.postgresSelected()) {
            assertThat(jdbc.sql("SELECT collation_name FROM information_schema.columns "
                            + "WHERE table_name = 'dossier_search_term' AND column_name = 'term'")
                    .query(String.class).single()).as("LIKE 'x%' may use the B-tree").isEqualTo("C");
        }
    }

    private String terms(String code) {
        return String.join("|", jdbc.sql("SELECT term FROM dossier_search_term WHERE dossier_code = ? ORDER BY term")
                .param(code).query(String.class).list());
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
