package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.SignIn;

/**
 * Benchmark, not a test: the job executor's acquisition query ({@code selectNextJobsToExecute},
 * by due date, as configured) at 1 k and at 100 k timer jobs — one reminder per open dossier,
 * loaded as {@link OpenDossiers} does — in one run; prints p50/p95 and the ratio. Two moments:
 * now (no reminder due yet: each poll finds nothing) and 30 days later (every reminder due: each
 * poll takes the 3 most overdue, the executor's default batch). The test profile keeps the job
 * executor off, so only the measured query reads the jobs. PostgreSQL only (COPY).
 *
 * <p>Run: {@code TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/test mvn -Pbench test
 * -Dtest=JobAcquisitionBenchmark -Dbench.timers=100000 -Dbench.acquisitions=200}.
 */
@SpringBootTest(properties = "motcua.demo.history.enabled=false")
@BulkLoadedBenchmark
class JobAcquisitionBenchmark {

    private static final int SMALL = 1_000;
    private static final int BATCH = 3;

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired DossierIntake intake;
    @Autowired ClerkTasks tasks;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void acquisitionAtOneThousandAndAtOneHundredThousandTimers() throws Exception {
        assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
        int full = Integer.getInteger("bench.timers", 100_000);
        int runs = Integer.getInteger("bench.acquisitions", 200);
        OpenDossiers open = new OpenDossiers(intake, tasks, signIn, jdbc, dataSource);
        open.receiveTemplates();
        open.growTo(SMALL, SMALL / 5);
        int smallTimers = open.timerJobs();
        Map<String, Timings> small = measure(runs);
        open.growTo(full, full / 5);
        int fullTimers = open.timerJobs();
        Map<String, Timings> large = measure(runs);

        StringBuilder report = new StringBuilder(String.format(
                "Job acquisition query (by due date, batch of %d), %s, %d runs each after one warm-up%n",
                BATCH, BenchReport.database(), runs));
        small.forEach((moment, timings) -> report.append(String.format(
                "  %-36s %,7d timers: %s%n  %-36s %,7d timers: %s%n  %-36s ratio of p95 %.2f%n",
                moment, smallTimers, timings, "", fullTimers, large.get(moment), "",
                large.get(moment).p(95) / timings.p(95))));
        BenchReport.publish("job-acquisition", report.toString());
    }

    private Map<String, Timings> measure(int runs) {
        Map<String, Timings> timings = new LinkedHashMap<>();
        timings.put("now (none due)", acquisition(runs, new Date(), 0));
        timings.put("30 days later (all due)", acquisition(runs,
                new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000), BATCH));
        return timings;
    }

    /**
     * The acquisition query as the executor runs it, in a command of its own, at the given time;
     * it must find {@code expected} jobs (at most that many when nothing but the engine's own
     * housekeeping jobs can be due).
     */
    private Timings acquisition(int runs, Date now, int expected) {
        ClockUtil.setCurrentTime(now);
        try {
            return Timings.of(runs, run -> {
                List<AcquirableJobEntity> acquirable = engine.getCommandExecutorTxRequired().execute(
                        command -> command.getJobManager().findNextJobsToExecute(new Page(0, BATCH)));
                assertThat(acquirable).hasSizeBetween(expected, BATCH);
            });
        } finally {
            ClockUtil.reset();
        }
    }
}
