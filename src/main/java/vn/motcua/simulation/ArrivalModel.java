package vn.motcua.simulation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import vn.motcua.dossier.Channel;

/**
 * When dossiers arrive: a Poisson number per procedure and working day (its mean scaled by the
 * weekday), at a time drawn from the desk's hourly profile, at an agency and by a channel
 * drawn from their shares. Days off receive nothing (the desk is closed).
 *
 * @param perWorkingDay   mean dossiers per working day, by procedure code
 * @param weekdayFactors  Monday first: e.g. Mondays are busier than Fridays
 * @param hourWeights     relative weight of each office hour's start (07:00, 08:00, …)
 * @param agencyShares    receiving agency → share (sums to anything; normalised)
 * @param channelShares   channel → share
 */
public record ArrivalModel(Map<String, Double> perWorkingDay, Map<DayOfWeek, Double> weekdayFactors,
                           Map<LocalTime, Double> hourWeights, Map<String, Double> agencyShares,
                           Map<Channel, Double> channelShares) {

    public ArrivalModel {
        perWorkingDay = Map.copyOf(perWorkingDay);
        weekdayFactors = Map.copyOf(weekdayFactors);
        hourWeights = Map.copyOf(hourWeights);
        agencyShares = Map.copyOf(agencyShares);
        channelShares = Map.copyOf(channelShares);
    }

    /** The same shape with every procedure's rate multiplied (large volumes for benchmarks). */
    public ArrivalModel scaled(double factor) {
        Map<String, Double> rates = new java.util.HashMap<>();
        perWorkingDay.forEach((code, rate) -> rates.put(code, rate * factor));
        return new ArrivalModel(rates, weekdayFactors, hourWeights, agencyShares, channelShares);
    }

    /** Mean dossiers per working day over all procedures. */
    public double totalPerWorkingDay() {
        return perWorkingDay.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The arrivals of one working day, in time order. */
    public List<Arrival> arrivalsOn(LocalDate day, RandomGenerator random) {
        double weekday = weekdayFactors.getOrDefault(day.getDayOfWeek(), 0.0);
        List<Arrival> arrivals = new ArrayList<>();
        perWorkingDay.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(rate -> {
            int count = poisson(rate.getValue() * weekday, random);
            for (int i = 0; i < count; i++) {
                LocalTime hour = Draw.weighted(hourWeights, random, Comparator.naturalOrder());
                arrivals.add(new Arrival(day.atTime(hour.plusMinutes(random.nextInt(60))), rate.getKey(),
                        Draw.weighted(agencyShares, random, Comparator.naturalOrder()),
                        Draw.weighted(channelShares, random, Comparator.naturalOrder())));
            }
        });
        arrivals.sort(Comparator.comparing(Arrival::at));
        return arrivals;
    }

    /** Knuth's method; fine for the small means of one procedure's day (switches to normal above 30). */
    static int poisson(double mean, RandomGenerator random) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
