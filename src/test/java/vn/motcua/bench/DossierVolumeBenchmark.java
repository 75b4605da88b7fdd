package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.testing.ClerkSession;

/**
 * Benchmark, not a test: the desk, the dossier list and the four searches (dossier code, applicant
 * name typed without accents, ID number, phone) over HTTP at 1 M dossiers, as Phước Vĩnh's
 * reception clerk signed in through the login form. Loading: {@link SyntheticDossiers}, one COPY
 * per day of a year, then ANALYZE. Each search looks for a different loaded dossier on every run.
 * PostgreSQL only (COPY).
 *
 * <p>Run: {@code TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test mvn -Pbench test
 * -Dtest=DossierVolumeBenchmark -Dbench.dossiers=1000000 -Dbench.runs=40}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "motcua.demo.history.enabled=false")
@BulkLoadedBenchmark
class DossierVolumeBenchmark {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void listsAndSearchesAtOneMillionDossiers() throws Exception {
        int count = Integer.getInteger("bench.dossiers", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 30);
        Map<String, String> definitions = new LinkedHashMap<>();
        jdbc.sql("SELECT procedure_code, MAX(process_definition_id) FROM procedure_version GROUP BY procedure_code")
                .query(rs -> {
                    definitions.put(rs.getString(1), rs.getString(2));
                });
        long start = System.nanoTime();
        int loaded;
        try (Connection connection = dataSource.getConnection()) {
            loaded = new SyntheticDossiers(definitions).load(connection, count, LocalDate.now());
        }
        jdbc.sql("ANALYZE dossier").update();
        long loadSeconds = (System.nanoTime() - start) / 1_000_000_000;
        // what clerks look for: dossiers of their own agency, spread over the year
        List<Map<String, Object>> wanted = jdbc.sql("""
                SELECT code, applicant_name, applicant_id_number, applicant_phone FROM dossier
                WHERE agency_code = 'XPV' ORDER BY md5(code) LIMIT :n""").param("n", runs + 1)
                .query().listOfRows();

        ClerkSession reception = ClerkSession.signIn("http://127.0.0.1:" + port, "reception", "demo");
        Map<String, Timings> timings = new LinkedHashMap<>();
        timings.put("desk", Timings.of(runs, run -> page(reception, "/desk", null)));
        timings.put("dossier list", Timings.of(runs, run -> page(reception, "/dossiers", null)));
        timings.put("search: dossier code", search(reception, runs, wanted, "code", Function.identity()));
        // a name is shared by many dossiers: the page must show that name, with its accents
        timings.put("search: name without accents", search(reception, runs, wanted, "applicant_name",
                DossierVolumeBenchmark::withoutAccents));
        timings.put("search: ID number", search(reception, runs, wanted, "applicant_id_number", Function.identity()));
        timings.put("search: phone", search(reception, runs, wanted, "applicant_phone", Function.identity()));

        StringBuilder report = new StringBuilder(String.format(
                "Dossier lists and searches, %s, %,d dossiers loaded in %d s (COPY), reception of XPV "
                        + "(form login, session cookie), %d runs each after one warm-up%n",
                BenchReport.database(), loaded, loadSeconds, runs));
        timings.forEach((what, times) -> report.append(String.format("  %-30s %s%n", what, times)));
        BenchReport.publish("dossier-volume", report.toString());
    }

    /**
     * Each run looks for another dossier by one of its columns, typed as {@code typed} turns it;
     * the page must show the dossier's code, or for a name, the name as written.
     */
    private static Timings search(ClerkSession clerk, int runs, List<Map<String, Object>> wanted, String column,
                                  Function<String, String> typed) {
        return Timings.of(runs, run -> {
            Map<String, Object> dossier = wanted.get(run + 1);
            String value = (String) dossier.get(column);
            page(clerk, "/dossiers?q=" + URLEncoder.encode(typed.apply(value), StandardCharsets.UTF_8),
                    column.equals("applicant_name") ? value : (String) dossier.get("code"));
        });
    }

    private static void page(ClerkSession clerk, String path, String mustShow) {
        HttpResponse<String> response = clerk.getPage(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        if (mustShow != null) {
            assertThat(response.body()).as(path).contains(mustShow);
        }
    }

    /** "Nguyễn Văn Bình" as typed on a keyboard without Vietnamese input: "nguyen van binh". */
    private static String withoutAccents(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
