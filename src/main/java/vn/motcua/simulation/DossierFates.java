package vn.motcua.simulation;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * What happens to a dossier besides its steps, as probabilities per dossier: refused at the
 * desk, withdrawn, a supplement requested at the first step (and sometimes never brought,
 * so processing stops), rejected at the first step, or slowed down (a stuck dossier, the
 * main source of late ones).
 *
 * @param supplementDelay mean calendar time the citizen takes to bring a supplement
 */
public record DossierFates(double notAccepted, double withdrawn, double supplement, double supplementNeverBrought,
                           double rejected, double slowed, double slowdownFactor, Duration supplementDelay) {

    /** One dossier's fate. */
    public enum Fate { NORMAL, NOT_ACCEPTED, WITHDRAWN, SUPPLEMENT, SUPPLEMENT_THEN_STOP, REJECTED, SLOWED }

    public Fate draw(RandomGenerator random) {
        double point = random.nextDouble();
        if ((point -= notAccepted) < 0) {
            return Fate.NOT_ACCEPTED;
        }
        if ((point -= withdrawn) < 0) {
            return Fate.WITHDRAWN;
        }
        if ((point -= supplement) < 0) {
            return random.nextDouble() < supplementNeverBrought ? Fate.SUPPLEMENT_THEN_STOP : Fate.SUPPLEMENT;
        }
        if ((point -= rejected) < 0) {
            return Fate.REJECTED;
        }
        return point - slowed < 0 ? Fate.SLOWED : Fate.NORMAL;
    }
}
