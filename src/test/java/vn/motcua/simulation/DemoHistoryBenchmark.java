package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
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

    /** The project's machines: a busy one shows more wall time, the CPU time tells what two idle cores need. */
    private static final int CORES = 2;

    @Autowired HistoryGenerator generator;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceClock clock;

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    @Test
    void demoHistory() {
        long cpuBefore = processCpuNanos();
        Duration took = new DemoHistory(generator, jdbc, clock, Runnable::run).generate();
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        long dossiers = jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
        System.out.printf("%nDemo history: %d dossiers in %.1f s (%.1f dossiers/s), %.1f s of CPU in all threads "
                        + "(on %d idle cores at least %.1f s)%n%n", dossiers, took.toMillis() / 1000.0,
                dossiers * 1000.0 / took.toMillis(), cpu, CORES, cpu / CORES);
        assertThat(dossiers).isGreaterThan(300);
    }
}
