package vn.motcua.simulation.whatif;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.motcua.shared.NotFoundException;

/**
 * What-if runs in the background, one at a time (the simulation engine is CPU-bound and the
 * server has few cores): the page polls a run's progress, may cancel it, and reads its result.
 * Runs are kept in memory for an hour.
 */
@Service
public class WhatIfRuns {

    private static final Logger log = LoggerFactory.getLogger(WhatIfRuns.class);
    private static final Duration KEPT_FOR = Duration.ofHours(1);

    public enum State { QUEUED, RUNNING, DONE, CANCELLED, FAILED }

    /** A run as the page sees it. */
    public static final class Run {
        private final String id;
        private final String procedureCode;
        private final int total;
        private final AtomicInteger resolved = new AtomicInteger();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile State state = State.QUEUED;
        private volatile WhatIfResult result;
        private volatile Instant finishedAt;

        Run(String id, String procedureCode, int total) {
            this.id = id;
            this.procedureCode = procedureCode;
            this.total = total;
        }

        public String id() { return id; }
        public String procedureCode() { return procedureCode; }
        public State state() { return state; }
        public WhatIfResult result() { return result; }
        public boolean finished() { return state != State.QUEUED && state != State.RUNNING; }

        /** Percentage of the simulated dossiers (both models) resolved so far. */
        public int percent() {
            return total == 0 ? 100 : Math.min(100, 100 * resolved.get() / total);
        }
    }

    private final WhatIf whatIf;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "what-if");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    WhatIfRuns(WhatIf whatIf) {
        this.whatIf = whatIf;
    }

    public Run start(String procedureCode, WhatIf.Models models, WhatIfSettings settings) {
        Run run = new Run(UUID.randomUUID().toString(), procedureCode, 2 * settings.dossiers());
        runs.put(run.id, run);
        worker.submit(() -> execute(run, models, settings));
        return run;
    }

    public Run get(String id) {
        return Optional.ofNullable(runs.get(id))
                .orElseThrow(() -> new NotFoundException("run", "error.whatif.unknownRun", id));
    }

    public Run cancel(String id) {
        Run run = get(id);
        run.cancelled.set(true);
        if (run.state == State.QUEUED) {
            run.state = State.CANCELLED;
        }
        return run;
    }

    private void execute(Run run, WhatIf.Models models, WhatIfSettings settings) {
        if (run.cancelled.get()) {
            return;
        }
        run.state = State.RUNNING;
        try {
            Optional<WhatIfResult> result = whatIf.compare(run.procedureCode, models, settings,
                    run.resolved::set, run.cancelled::get);
            run.result = result.orElse(null);
            run.state = result.isPresent() ? State.DONE : State.CANCELLED;
        } catch (RuntimeException e) {
            log.warn("What-if run {} for {} failed", run.id, run.procedureCode, e);
            run.state = State.FAILED;
        }
        run.finishedAt = Instant.now();
        forgetOldRuns();
    }

    private void forgetOldRuns() {
        Instant hourAgo = Instant.now().minus(KEPT_FOR);
        runs.values().removeIf(run -> run.finishedAt != null && run.finishedAt.isBefore(hourAgo));
    }

    @PreDestroy
    void stop() {
        runs.values().forEach(run -> run.cancelled.set(true));
        worker.shutdownNow();
    }
}
