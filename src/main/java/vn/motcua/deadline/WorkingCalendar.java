package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.ExpiringCache;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.cluster.CacheGenerations;

/**
 * Working time for the one-stop rules: office hours per agency and weekday, weekends, public
 * holidays with compensation days, and the administrator's yearly overrides.
 * <ul>
 * <li>A dossier received outside office hours counts from the next working moment.</li>
 * <li>N working days are N × 8 working hours from there; a result that falls exactly at the
 *     end of an office period stays there (17:00, not the next morning).</li>
 * <li>Same-day procedures are due at the close of the day of receipt, or of the next working
 *     day when received at or after the cut-off (15:00).</li>
 * <li>A supplement pause moves the due date by the working time it lasted.</li>
 * </ul>
 * Years and office hours are cached: an override saved on any node reaches every node's cache
 * within a second (a generation counter in the database, see {@link ExpiringCache}); office hours
 * change only through migrations.
 */
@Service
public class WorkingCalendar {

    public static final Duration WORKING_DAY = Duration.ofHours(8);
    private static final Duration CACHE_TIME = Duration.ofSeconds(60);
    /** No agency closes for this long; a search beyond it means the office hours are broken. */
    private static final int MAX_DAYS_CLOSED = 400;

    private final CalendarSettings settings;
    private final OfficePeriods defaultPeriods;
    private final OfficeHoursStore officeHours;
    private final OverrideStore overrides;
    private final ApplicationEventPublisher events;
    private final ExpiringCache<Integer, YearCalendar> years;
    private final ExpiringCache<String, Map<DayOfWeek, OfficePeriods>> agencies = new ExpiringCache<>(CACHE_TIME);

    WorkingCalendar(CalendarSettings settings, OfficeHoursStore officeHours, OverrideStore overrides,
                    CacheGenerations generations, ApplicationEventPublisher events) {
        this.years = new ExpiringCache<>(CACHE_TIME, generations.of("calendar_override"));
        this.settings = settings;
        this.defaultPeriods = OfficePeriods.parse(settings.officeHours());
        this.officeHours = officeHours;
        this.overrides = overrides;
        this.events = events;
    }

    /** Receipt time, start of the count (next working moment) and due time. */
    public DueDate dueDate(String agencyCode, LocalDateTime receivedAt, StatutoryTime time) {
        LocalDateTime countFrom = countFrom(agencyCode, receivedAt);
        if (!time.isSameDay()) {
            Duration allowed = Duration.ofHours((long) settings.hoursPerWorkingDay() * time.workingDays());
            return new DueDate(receivedAt, countFrom, plusWorkingTime(agencyCode, countFrom, allowed));
        }
        LocalDate day = countFrom.toLocalDate();
        if (day.equals(receivedAt.toLocalDate()) && !receivedAt.toLocalTime().isBefore(settings.sameDayCutoff())) {
            day = nextWorkingDayAfter(agencyCode, day);
        }
        return new DueDate(receivedAt, countFrom, day.atTime(periodsOn(agencyCode, day).closing()));
    }

    /** The first working moment at or after {@code at}. */
    public LocalDateTime countFrom(String agencyCode, LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < MAX_DAYS_CLOSED; i++, day = day.plusDays(1)) {
            for (OfficePeriods.Period period : periodsOn(agencyCode, day).periods()) {
                LocalTime start = i == 0 ? later(period.start(), at.toLocalTime()) : period.start();
                if (start.isBefore(period.end())) {
                    return day.atTime(start);
                }
            }
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS_CLOSED + " days after " + at);
    }

    /** {@code from} moved forward by the given working time. */
    public LocalDateTime plusWorkingTime(String agencyCode, LocalDateTime from, Duration workingTime) {
        long minutes = workingTime.toMinutes();
        if (minutes <= 0) {
            return from;
        }
        LocalDate day = from.toLocalDate();
        for (int i = 0, closedDays = 0; closedDays < MAX_DAYS_CLOSED; i++, day = day.plusDays(1)) {
            OfficePeriods periods = periodsOn(agencyCode, day);
            closedDays = periods.isEmpty() ? closedDays + 1 : 0;
            for (OfficePeriods.Period period : periods.periods()) {
                LocalTime start = i == 0 ? later(period.start(), from.toLocalTime()) : period.start();
                if (!start.isBefore(period.end())) {
                    continue;
                }
                long available = Duration.between(start, period.end()).toMinutes();
                if (minutes <= available) {
                    return day.atTime(start.plusMinutes(minutes));
                }
                minutes -= available;
            }
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS_CLOSED + " days after " + from);
    }

    /** The working time between two moments (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(String agencyCode, LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long minutes = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            for (OfficePeriods.Period period : periodsOn(agencyCode, day).periods()) {
                LocalDateTime start = later(day.atTime(period.start()), from);
                LocalDateTime end = earlier(day.atTime(period.end()), to);
                if (end.isAfter(start)) {
                    minutes += Duration.between(start, end).toMinutes();
                }
            }
        }
        return Duration.ofMinutes(minutes);
    }

    /** The due date after a supplement pause: moved by the working time the pause lasted. */
    public LocalDateTime shiftByPause(String agencyCode, LocalDateTime dueAt, LocalDateTime pausedAt,
                                      LocalDateTime resumedAt) {
        return plusWorkingTime(agencyCode, dueAt, workingTimeBetween(agencyCode, pausedAt, resumedAt));
    }

    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
    }

    /** Every public holiday (also one on a weekend), compensation day and override of the year. */
    public List<CalendarDay> listedDays(int year) {
        return year(checkedYear(year)).listedDays();
    }

    /**
     * Replaces the year's overrides after checking every entry; nothing changes when one is refused.
     * Each day added, changed or removed is published as a {@link CalendarOverrideChanged}.
     */
    @Transactional
    public List<CalendarDay> replaceOverrides(int year, List<CalendarOverride> entries, String actor) {
        checkedYear(year);
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarOverride> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CalendarOverride entry = OverrideInput.checked(entries.get(i), year, "overrides[" + i + "].");
            if (!seen.add(entry.date())) {
                throw new InvalidInputException("overrides[" + i + "].date", "error.calendar.duplicateDate", entry.date());
            }
            checked.add(entry);
        }
        store(year, checked, actor);
        return listedDays(year);
    }

    /** Adds the override of its day, or changes the one the day already has. */
    @Transactional
    public void saveOverride(CalendarOverride entry, String actor) {
        if (entry.date() == null) {
            throw OverrideInput.refused("", "date", "error.calendar.required");
        }
        int year = checkedYear(entry.date().getYear());
        CalendarOverride checked = OverrideInput.checked(entry, year, "");
        List<CalendarOverride> yearEntries = new ArrayList<>(overrides.ofYear(year));
        yearEntries.removeIf(o -> o.date().equals(checked.date()));
        yearEntries.add(checked);
        store(year, yearEntries, actor);
    }

    /** Removes the day's override; the computed rules apply to the day again. */
    @Transactional
    public void removeOverride(LocalDate date, String actor) {
        int year = checkedYear(date.getYear());
        List<CalendarOverride> remaining = new ArrayList<>(overrides.ofYear(year));
        if (!remaining.removeIf(o -> o.date().equals(date))) {
            throw new NotFoundException("date", "error.calendar.noOverride", date);
        }
        store(year, remaining, actor);
    }

    /** Stores the year's overrides, tells every node's cache, and publishes each day that changed. */
    private void store(int year, List<CalendarOverride> entries, String actor) {
        Map<LocalDate, CalendarOverride> before = new HashMap<>();
        overrides.ofYear(year).forEach(o -> before.put(o.date(), o));
        overrides.replaceYear(year, entries);
        years.invalidate();
        for (CalendarOverride after : entries) {
            CalendarOverride old = before.remove(after.date());
            if (old == null) {
                events.publishEvent(new CalendarOverrideChanged(actor, CalendarOverrideChanged.Change.ADDED, null, after));
            } else if (!old.equals(after)) {
                events.publishEvent(new CalendarOverrideChanged(actor, CalendarOverrideChanged.Change.CHANGED, old, after));
            }
        }
        before.values().forEach(removed -> events.publishEvent(
                new CalendarOverrideChanged(actor, CalendarOverrideChanged.Change.REMOVED, removed, null)));
    }

    /** The year, refused unless the calendar covers it. */
    public static int checkedYear(int year) {
        if (year < PublicHolidays.FIRST_YEAR || year > PublicHolidays.LAST_YEAR) {
            throw new BeyondCalendarException(year);
        }
        return year;
    }

    private YearCalendar year(int year) {
        return years.get(year, y -> new YearCalendar(y, overrides.ofYear(y)));
    }

    /** The office periods of an agency on a day; none on a non-working day. */
    private OfficePeriods periodsOn(String agencyCode, LocalDate day) {
        if (!isWorkingDay(day)) {
            return OfficePeriods.NONE;
        }
        if (agencyCode == null) {
            return defaultPeriods;
        }
        return agencies.get(agencyCode, officeHours::declaredBy).getOrDefault(day.getDayOfWeek(), defaultPeriods);
    }

    private LocalDate nextWorkingDayAfter(String agencyCode, LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < MAX_DAYS_CLOSED && periodsOn(agencyCode, next).isEmpty(); i++) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
