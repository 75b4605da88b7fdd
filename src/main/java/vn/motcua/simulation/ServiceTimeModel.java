package vn.motcua.simulation;

import java.time.Duration;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How long a step holds a dossier, in working time from the moment it reaches the group to the
 * decision (waiting in the queue and handling together): log-normal around a median. By
 * default the median is a share of the version's statutory time divided among its steps, so
 * most dossiers finish in time and the tail makes some late; steps can be given their own.
 *
 * @param shareOfStatutoryTime the median step time as a share of (statutory time / steps)
 * @param spread               sigma of the log-normal (0.5–0.9 is realistic for desk work)
 * @param minimum              no step is quicker (a same-day procedure still takes this)
 * @param medianByStep         medians for particular BPMN step ids, overriding the share
 */
public record ServiceTimeModel(double shareOfStatutoryTime, double spread, Duration minimum,
                               Map<String, Duration> medianByStep) {

    public ServiceTimeModel {
        medianByStep = Map.copyOf(medianByStep);
    }

    /**
     * A step's working time. {@code slowdown} multiplies it (a dossier that got stuck).
     *
     * @param statutoryWorkingDays the version's statutory time; 0 for same-day procedures
     * @param steps                the version's number of steps on its normal path
     */
    public Duration sample(String stepId, int statutoryWorkingDays, int steps, double slowdown,
                           RandomGenerator random) {
        Duration median = medianByStep.getOrDefault(stepId, defaultMedian(statutoryWorkingDays, steps));
        double minutes = median.toMinutes() * Math.exp(spread * random.nextGaussian()) * slowdown;
        return Duration.ofMinutes(Math.max(minimum.toMinutes(), Math.round(minutes)));
    }

    private Duration defaultMedian(int statutoryWorkingDays, int steps) {
        // a same-day procedure has the rest of the day: half a working day to share
        double workingMinutes = statutoryWorkingDays == 0 ? 240 : statutoryWorkingDays * 480.0;
        return Duration.ofMinutes(Math.round(shareOfStatutoryTime * workingMinutes / Math.max(1, steps)));
    }
}
