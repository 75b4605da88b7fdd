package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The arrival model without any engine: rates, office hours, repeatability. */
class ArrivalModelTest {

    final ArrivalModel commune = SimulationModel.commune().arrivals();

    @Test
    void mondaysBringAboutTheirScaledRateWithinOfficeHours() {
        SplittableRandom random = new SplittableRandom(1);
        LocalDate monday = LocalDate.of(2025, 3, 3);
        int days = 2000;
        long count = IntStream.range(0, days).mapToLong(i -> commune.arrivalsOn(monday, random).size()).sum();
        assertThat(count / (double) days).isCloseTo(commune.totalPerWorkingDay() * 1.3,
                org.assertj.core.data.Offset.offset(0.15));
        assertThat(commune.arrivalsOn(monday, random)).allSatisfy(a -> {
            assertThat(a.at().toLocalTime()).isBetween(LocalTime.of(7, 0), LocalTime.of(17, 0));
            assertThat(a.agencyCode()).isIn("XPV", "PTH");
        });
    }

    @Test
    void theSameSeedGivesTheSameDay() {
        LocalDate day = LocalDate.of(2025, 3, 4);
        assertThat(commune.arrivalsOn(day, new SplittableRandom(9))).isEqualTo(commune.arrivalsOn(day,
                new SplittableRandom(9)));
        assertThat(commune.scaled(10).totalPerWorkingDay()).isEqualTo(commune.totalPerWorkingDay() * 10,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
