package vn.motcua.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;

/**
 * On the demo's first start (no dossier yet), a few hundred dossiers of history so that a
 * newcomer's reports are not empty: March–June 2025 on the old procedure versions (the
 * simplified ones enter into force on 1 July 2025), then the last three months up to now on
 * the current ones, with some dossiers still pending. Off with
 * {@code motcua.demo.history.enabled=false} (tests do).
 *
 * <p>It runs on a thread of its own once the node is ready, and the node serves meanwhile: the
 * simulated time is the generating thread's alone (ADR 0012), so a dossier received at the
 * desk is stamped with the wall clock. Only the engine's timers wait until it is done.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "motcua.demo.history.enabled", havingValue = "true", matchIfMissing = true)
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final long SEED = 766;

    private final HistoryGenerator generator;
    private final JdbcClient jdbc;
    private final ProvinceClock clock;
    private final EngineTimers timers;

    DemoHistory(HistoryGenerator generator, JdbcClient jdbc, ProvinceClock clock, EngineTimers timers) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.clock = clock;
        this.timers = timers;
    }

    /** Once every start-up step is done (the job executor started, the start-up lock released). */
    @EventListener
    void generateOnFirstStart(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC
                || jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single() > 0) {
            return;
        }
        Thread thread = new Thread(() -> timers.holdWhile(this::generate), "demo-history");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Both periods, each receiving agency's dossiers on a thread of its own: they share no dossier,
     * number sequence or report row, and each thread sees only its own simulated time. Returns the
     * wall time taken.
     */
    Duration generate() {
        LocalDateTime now = clock.now();
        long started = System.nanoTime();
        log.info("Generating demo history through the engine (about 400 dossiers); the application serves meanwhile");
        SimulationModel model = SimulationModel.commune();
        List<FutureTask<HistoryGenerator.Result>> older = new ArrayList<>();
        List<FutureTask<HistoryGenerator.Result>> recent = new ArrayList<>();
        for (String agency : new TreeSet<>(model.arrivals().agencyShares().keySet())) {
            SimulationModel atAgency = new SimulationModel(model.arrivals().atAgency(agency), model.serviceTimes(),
                    model.fates());
            older.add(start("demo-history-2025-" + agency, () -> generator.generate(atAgency, Roster.demo(),
                    LocalDate.of(2025, 3, 3), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31).atStartOfDay(),
                    SEED + agency.hashCode(), LogProgress.every(30))));
            recent.add(start("demo-history-recent-" + agency, () -> generator.generate(atAgency, Roster.demo(),
                    now.toLocalDate().minusMonths(3), now.toLocalDate().minusDays(1), now, SEED + 1 + agency.hashCode(),
                    LogProgress.every(30))));
        }
        HistoryGenerator.Result before = sum(older);
        HistoryGenerator.Result after = sum(recent);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Demo history ready in {} s: {} dossiers on the 2021 versions, {} on the current ones ({} still "
                        + "pending, {} failed events); see /reports", String.format("%.1f", took.toMillis() / 1000.0),
                before.received(), after.received(), after.pending(), before.failures() + after.failures());
        return took;
    }

    private static FutureTask<HistoryGenerator.Result> start(String name, Callable<HistoryGenerator.Result> run) {
        FutureTask<HistoryGenerator.Result> task = new FutureTask<>(run);
        new Thread(task, name).start();
        return task;
    }

    private static HistoryGenerator.Result sum(List<FutureTask<HistoryGenerator.Result>> runs) {
        HistoryGenerator.Result total = new HistoryGenerator.Result(0, 0, 0, 0, 0, Duration.ZERO);
        for (FutureTask<HistoryGenerator.Result> run : runs) {
            total = total.plus(resultOf(run));
        }
        return total;
    }

    private static HistoryGenerator.Result resultOf(FutureTask<HistoryGenerator.Result> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating the demo history", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A period of the demo history failed", e.getCause());
        }
    }
}
