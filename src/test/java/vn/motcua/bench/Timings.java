package vn.motcua.bench;

import java.util.Arrays;

/** Milliseconds of repeated runs of one operation, sorted, and their percentiles. */
final class Timings {

    private final double[] sortedMillis;

    private Timings(double[] sortedMillis) {
        this.sortedMillis = sortedMillis;
    }

    /** One untimed warm-up run, then {@code runs} timed ones; the operation may use the run's number. */
    static Timings of(int runs, RunNumbered operation) {
        operation.run(-1);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            operation.run(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timings(millis);
    }

    /** Nearest-rank percentile. */
    double p(int percent) {
        int rank = (int) Math.ceil(sortedMillis.length * percent / 100.0);
        return sortedMillis[Math.max(0, rank - 1)];
    }

    /** "p50 … ms, p95 … ms (n runs)". */
    @Override
    public String toString() {
        return String.format("p50 %7.1f ms, p95 %7.1f ms (%d runs)", p(50), p(95), sortedMillis.length);
    }

    @FunctionalInterface
    interface RunNumbered {
        /** @param run the run's number from 0, or -1 for the warm-up */
        void run(int run);
    }
}
