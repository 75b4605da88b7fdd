package vn.motcua.simulation.whatif;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long each step keeps a clerk busy, in working minutes: the analyst's figure, else what the
 * step took in history with the queue waiting taken out ({@link ServiceHistory}), else half the
 * step's allotted time in the model. Without variability every service takes its mean. With it,
 * a simulated dossier replays the service times of a historical dossier drawn at random (a step
 * that dossier did not do takes one drawn from the step's history), and an analyst's figure or an
 * allotment varies uniformly between 50 % and 150 %.
 */
final class ServiceTimes {

    private static final Pattern DURATION = Pattern.compile("^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?$");
    static final long DEFAULT_MINUTES = 60;

    private final Map<String, Integer> entered;
    private final ServiceHistory history;
    private final Map<String, String> allotments;
    private final boolean variability;

    ServiceTimes(Map<String, Integer> entered, ServiceHistory history, Map<String, String> allotments,
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
        return history.mean(stepId).orElseGet(() -> {
            Duration allotment = workingDuration(allotments.get(stepId));
            return allotment == null ? DEFAULT_MINUTES : Math.max(1, allotment.toMinutes() / 2.0);
        });
    }

    boolean fromHistory(String stepId) {
        return !entered.containsKey(stepId) && history.knows(stepId);
    }

    /** The historical dossier a simulated dossier replays (empty without variability or history). */
    Map<String, Long> profile(Random random) {
        return variability ? history.drawDossier(random) : Map.of();
    }

    /** A service time of the step for a dossier replaying {@code profile}. */
    long sample(String stepId, Map<String, Long> profile, Random random) {
        if (!variability) {
            return Math.max(1, Math.round(mean(stepId)));
        }
        if (fromHistory(stepId)) {
            return Optional.ofNullable(profile.get(stepId)).or(() -> history.drawStep(stepId, random)).orElseThrow();
        }
        return Math.max(1, Math.round(mean(stepId) * (0.5 + random.nextDouble())));
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
