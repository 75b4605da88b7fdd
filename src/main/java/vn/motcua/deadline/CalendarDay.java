package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.Locale;

import vn.motcua.shared.LocalizedText;

/**
 * A day the calendar lists for a year: a public holiday (also one falling on a weekend), a
 * compensation day off, or an administrator's override. Lunar holidays carry their lunar
 * date as "d/m" (Tết's first day "1/1", Hùng Kings' day "10/3").
 */
public record CalendarDay(LocalDate date, Kind kind, LocalizedText name, String lunarDate) {

    public enum Kind {
        PUBLIC_HOLIDAY, COMPENSATION, DAY_OFF, WORKING_DAY
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
