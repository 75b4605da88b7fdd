package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.motcua.shared.LocalizedText;

/**
 * One year's working and non-working days: weekends, public holidays and compensation days,
 * then the administrator's overrides, which win over the computed rules.
 */
final class YearCalendar {

    private final List<CalendarDay> listed;
    private final Set<LocalDate> extraDaysOff = new HashSet<>();
    private final Set<LocalDate> extraWorkingDays = new HashSet<>();
    private final Set<LocalDate> holidays = new HashSet<>();

    YearCalendar(int year, List<CalendarOverride> overrides) {
        List<CalendarDay> days = new ArrayList<>(PublicHolidays.of(year));
        days.forEach(day -> holidays.add(day.date()));
        for (CalendarOverride override : overrides) {
            boolean dayOff = override.kind() == CalendarOverride.Kind.DAY_OFF;
            (dayOff ? extraDaysOff : extraWorkingDays).add(override.date());
            days.add(new CalendarDay(override.date(),
                    dayOff ? CalendarDay.Kind.DAY_OFF : CalendarDay.Kind.WORKING_DAY,
                    new LocalizedText(override.nameVi(), override.nameEn()), null, override.legalBasis()));
        }
        days.sort(Comparator.comparing(CalendarDay::date));
        this.listed = List.copyOf(days);
    }

    boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return !extraDaysOff.contains(date) && !holidays.contains(date) && !PublicHolidays.isWeekend(date);
    }

    /** Every holiday (also on weekends), compensation day and override of the year, by date. */
    List<CalendarDay> listedDays() {
        return listed;
    }
}
