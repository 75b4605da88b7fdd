package vn.motcua.deadline;

import java.time.LocalDate;
import java.util.Locale;

import vn.motcua.shared.LocalizedText;

/**
 * A day the calendar lists for a year: a public holiday (also one falling on a weekend), a
 * compensation day off, or an administrator's override with its legal basis. Lunar holidays
 * carry their lunar date as "d/m" (Tết's first day "1/1", Hùng Kings' day "10/3").
 */
public record CalendarDay(LocalDate date, Kind kind, LocalizedText name, String lunarDate, String legalBasis) {

    public enum Kind {
        PUBLIC_HOLIDAY, COMPENSATION, DAY_OFF, WORKING_DAY
    }

    /** A computed day: the Labour Code is its legal basis. */
    static CalendarDay computed(LocalDate date, Kind kind, LocalizedText name, String lunarDate) {
        return new CalendarDay(date, kind, name, lunarDate, null);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    /** An administrator's override, which the calendar page may change or remove. */
    public boolean isOverride() {
        return kind == Kind.DAY_OFF || kind == Kind.WORKING_DAY;
    }
}
