package vn.motcua.simulation.whatif;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long each step takes a clerk, in working minutes: the analyst's figure, else the step's
 * historical mean (completed steps of the procedure), else half the step's allotted time in the
 * model. With variability, each service is drawn uniformly between 50 % and 150 % of the mean.
 */
final class ServiceTimes {

    private static final Pattern DURATION = Pattern.compile("^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?$");
    static final long DEFAULT_MINUTES = 60;

    private final Map<String, Integer> entered;
    private final Map<String, Double> history;
    private final Map<String, String> allotments;
    private final boolean variability;

    ServiceTimes(Map<String, Integer> entered, Map<String, Double> history, Map<String, String> allotments,
                 boolean variability) {
        this.entered = entered;
        this.history = history;
        this.allotments = allotments;
        this.variability = variability;
    }

    double mean(String stepId) {
        if (entered.containsKey(stepId)) {
            return entered.get(stepId);
        }
        if (history.containsKey(stepId)) {
            return history.get(stepId);
        }
        Duration allotment = workingDuration(allotments.get(stepId));
        return allotment == null ? DEFAULT_MINUTES : Math.max(1, allotment.toMinutes() / 2.0);
    }

    boolean fromHistory(String stepId) {
        return !entered.containsKey(stepId) && history.containsKey(stepId);
    }

    long sample(String stepId, Random random) {
        double mean = mean(stepId);
        double drawn = variability ? mean * (0.5 + random.nextDouble()) : mean;
        return Math.max(1, Math.round(drawn));
    }

    /** An allotment such as P1DT4H in working time: a day is 8 working hours. */
    static Duration workingDuration(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = DURATION.matcher(iso.trim());
        if (!m.matches() || iso.trim().equals("P")) {
            return null;
        }
        return Duration.ofHours(8L * number(m.group(1)) + number(m.group(2))).plusMinutes(number(m.group(3)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
