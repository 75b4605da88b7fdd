package vn.motcua.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress of a simulation in the log: a bar over the simulated days, dossiers and throughput. */
final class LogProgress implements HistoryGenerator.Progress {

    private static final Logger log = LoggerFactory.getLogger(LogProgress.class);
    private static final int WIDTH = 30;

    private final int everyDays;
    private LocalDate firstDay;

    private LogProgress(int everyDays) {
        this.everyDays = everyDays;
    }

    /** A line every so many simulated days, and on the last. */
    static LogProgress every(int days) {
        return new LogProgress(days);
    }

    @Override
    public void at(LocalDate simulatedDay, LocalDate lastDay, int received, Duration elapsed) {
        if (firstDay == null) {
            firstDay = simulatedDay;
        }
        long done = ChronoUnit.DAYS.between(firstDay, simulatedDay) + 1;
        long all = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        if (done % everyDays != 0 && !simulatedDay.equals(lastDay)) {
            return;
        }
        int filled = (int) (WIDTH * done / Math.max(1, all));
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        log.info("[{}{}] {}% {} — {} dossiers, {} dossiers/s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                100 * done / Math.max(1, all), simulatedDay, received, String.format("%.1f", received / seconds));
    }
}
