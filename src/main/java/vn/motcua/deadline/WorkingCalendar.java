package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.stereotype.Service;

/**
 * Working-time arithmetic for one agency's office hours.
 *
 * <p>PLACEHOLDER: weekends only, fixed 07:00-11:30 / 13:30-17:00, no holidays. The real
 * calendar (holidays, lunar dates, overrides, per-agency hours) replaces this class.
 */
@Service
public class WorkingCalendar {

    private static final LocalTime OPEN = LocalTime.of(7, 0);
    private static final LocalTime CLOSE = LocalTime.of(17, 0);
    private static final LocalTime SAME_DAY_CUTOFF = LocalTime.of(15, 0);
    public static final Duration WORKING_DAY = Duration.ofHours(8);

    /** Receipt time, start of the count (next working moment) and due time. */
    public DueDate dueDate(String agencyCode, LocalDateTime receivedAt, StatutoryTime time) {
        LocalDateTime countFrom = countFrom(agencyCode, receivedAt);
        if (time.isSameDay()) {
            LocalDate day = countFrom.toLocalDate();
            if (day.equals(receivedAt.toLocalDate()) && !receivedAt.toLocalTime().isBefore(SAME_DAY_CUTOFF)) {
                day = nextWorkingDay(day);
            }
            return new DueDate(receivedAt, countFrom, day.atTime(CLOSE));
        }
        return new DueDate(receivedAt, countFrom,
                plusWorkingTime(agencyCode, countFrom, WORKING_DAY.multipliedBy(time.workingDays())));
    }

    /** The first working moment at or after {@code at}. */
    public LocalDateTime countFrom(String agencyCode, LocalDateTime at) {
        LocalDateTime t = at;
        while (!isWorkingDay(t.toLocalDate()) || !t.toLocalTime().isBefore(CLOSE)) {
            t = t.toLocalDate().plusDays(1).atTime(OPEN);
        }
        return t.toLocalTime().isBefore(OPEN) ? t.toLocalDate().atTime(OPEN) : t;
    }

    public LocalDateTime plusWorkingTime(String agencyCode, LocalDateTime from, Duration workingTime) {
        LocalDateTime t = countFrom(agencyCode, from);
        long minutes = workingTime.toMinutes();
        while (minutes > 0) {
            long left = Duration.between(t.toLocalTime(), CLOSE).toMinutes();
            if (minutes <= left) {
                return t.plusMinutes(minutes);
            }
            minutes -= left;
            t = nextWorkingDay(t.toLocalDate()).atTime(OPEN);
        }
        return t;
    }

    public Duration workingTimeBetween(String agencyCode, LocalDateTime from, LocalDateTime to) {
        long minutes = 0;
        for (LocalDateTime t = from; t.isBefore(to); t = t.plusMinutes(1)) {
            if (isWorkingDay(t.toLocalDate()) && !t.toLocalTime().isBefore(OPEN) && t.toLocalTime().isBefore(CLOSE)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
