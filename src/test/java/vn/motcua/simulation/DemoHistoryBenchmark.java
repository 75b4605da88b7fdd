package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.motcua.shared.ProvinceClock;

/**
 * Benchmark, not a test: the demo history of the first start (both periods, as
 * {@link DemoHistory} generates them) on a fresh database, timed. Run:
 * {@code mvn -Pbench test -Dtest=DemoHistoryBenchmark} (H2 file, then PostgreSQL).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Tag("bench")
class DemoHistoryBenchmark {

    @Autowired HistoryGenerator generator;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceClock clock;

    @Test
    void demoHistory() {
        Duration took = new DemoHistory(generator, jdbc, clock, Runnable::run).generate();
        long dossiers = jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
        System.out.printf("%nDemo history: %d dossiers in %.1f s (%.1f dossiers/s)%n%n", dossiers,
                took.toMillis() / 1000.0, dossiers * 1000.0 / took.toMillis());
        assertThat(dossiers).isGreaterThan(300);
    }
}
