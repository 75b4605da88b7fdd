package vn.motcua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a dossier's time goes: wall-clock and CPU time of the calling thread per phase. The
 * difference between the two is mostly waiting for the database (statements and commits).
 */
final class PhaseTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Phase name → {wall nanos, CPU nanos}, in the order phases first ran. */
    private final Map<String, long[]> totals = new LinkedHashMap<>();

    <T> T time(String phase, Supplier<T> action) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T result = action.get();
        long[] total = totals.computeIfAbsent(phase, name -> new long[2]);
        total[0] += System.nanoTime() - wall;
        total[1] += THREADS.getCurrentThreadCpuTime() - cpu;
        return result;
    }

    void time(String phase, Runnable action) {
        time(phase, () -> {
            action.run();
            return null;
        });
    }

    /** One line per phase: milliseconds per dossier, wall and CPU. */
    String perDossier(int dossiers) {
        StringBuilder text = new StringBuilder();
        totals.forEach((phase, total) -> text.append(String.format("    %-20s %6.2f wall %6.2f CPU%n", phase,
                total[0] / 1e6 / dossiers, total[1] / 1e6 / dossiers)));
        return text.toString();
    }
}
