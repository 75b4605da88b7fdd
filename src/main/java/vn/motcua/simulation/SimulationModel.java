package vn.motcua.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import vn.motcua.dossier.Channel;

/**
 * Everything a simulated history depends on besides the engine: arrivals, step times and
 * fates. {@link #commune()} is the demo's commune-level one-stop desk.
 */
public record SimulationModel(ArrivalModel arrivals, ServiceTimeModel serviceTimes, DossierFates fates) {

    /**
     * Two communes (XPV busier than PTH) with the four shipped procedures: birth registrations
     * most often, a business household or a construction permit a day, social allowance a
     * few a week. Mornings and Mondays are busiest; a third of dossiers come online.
     */
    public static SimulationModel commune() {
        ArrivalModel arrivals = new ArrivalModel(
                Map.of("1.001193", 1.2, "1.001612", 0.8, "XD.0001", 0.5, "1.001776", 0.3),
                Map.of(DayOfWeek.MONDAY, 1.3, DayOfWeek.TUESDAY, 1.1, DayOfWeek.WEDNESDAY, 1.0,
                        DayOfWeek.THURSDAY, 0.9, DayOfWeek.FRIDAY, 0.8, DayOfWeek.SATURDAY, 0.0,
                        DayOfWeek.SUNDAY, 0.0),
                Map.of(LocalTime.of(7, 0), 2.0, LocalTime.of(8, 0), 3.0, LocalTime.of(9, 0), 3.0,
                        LocalTime.of(10, 0), 2.0, LocalTime.of(13, 30), 1.5, LocalTime.of(14, 30), 2.0,
                        LocalTime.of(15, 30), 1.0),
                Map.of("XPV", 0.6, "PTH", 0.4),
                Map.of(Channel.DESK, 0.6, Channel.ONLINE, 0.35, Channel.POST, 0.05));
        ServiceTimeModel serviceTimes = new ServiceTimeModel(0.45, 0.6, Duration.ofMinutes(15), Map.of());
        DossierFates fates = new DossierFates(0.02, 0.01, 0.08, 0.2, 0.03, 0.06, 3.0, Duration.ofDays(3));
        return new SimulationModel(arrivals, serviceTimes, fates);
    }
}
