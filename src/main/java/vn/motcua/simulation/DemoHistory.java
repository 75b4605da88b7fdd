package vn.motcua.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierRecords;
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
                || jdbc.sql("SELECT COUNT(*) FROM " + DossierRecords.VIEW).query(Long.class).single() > 0) {
            return;
        }
        Thread thread = new Thread(() -> timers.holdWhile(this::generate), "demo-history");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Both periods, up to the wall clock's now, one after the other: on two cores, runs side by
     * side were no faster (the JIT compiler warming up the fresh JVM uses the other core;
     * docs/performance.md). The log says how long it took.
     */
    Duration generate() {
        LocalDateTime now = clock.now();
        SimulationModel model = SimulationModel.commune();
        log.info("Generating demo history through the engine (about 400 dossiers); the application serves meanwhile");
        HistoryGenerator.Result before = generator.generate(model, Roster.demo(), LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31).atStartOfDay(), SEED, LogProgress.every(30));
        LocalDate recent = now.toLocalDate().minusMonths(3);
        HistoryGenerator.Result after = generator.generate(model, Roster.demo(), recent,
                now.toLocalDate().minusDays(1), now, SEED + 1, LogProgress.every(30));
        Duration took = before.took().plus(after.took());
        log.info("Demo history ready in {} s: {} dossiers on the 2021 versions, {} on the current ones ({} still "
                        + "pending, {} failed events); see /reports", String.format("%.1f", took.toMillis() / 1000.0),
                before.received(), after.received(), after.pending(), before.failures() + after.failures());
        return took;
    }
}
