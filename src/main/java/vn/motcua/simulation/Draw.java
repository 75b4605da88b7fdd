package vn.motcua.simulation;

import java.util.Comparator;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Drawing from a table of relative weights, in a fixed key order so that a seed repeats a run. */
final class Draw {

    private Draw() {
    }

    static <K> K weighted(Map<K, Double> weights, RandomGenerator random, Comparator<? super K> order) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double point = random.nextDouble() * total;
        K last = null;
        for (Map.Entry<K, Double> entry : weights.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .toList()) {
            last = entry.getKey();
            point -= entry.getValue();
            if (point < 0) {
                return last;
            }
        }
        return last;
    }
}
