package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;
import vn.motcua.shared.LocalizedText;

/**
 * Public holidays of a year under the Labour Code 2019, Art. 112, with compensation days:
 * <ul>
 * <li>1 January; 30 April; 1 May;</li>
 * <li>Tết (5 days): by default the last day of the lunar year and lunar 1/1 to 4/1 — the
 *     Prime Minister fixes the exact days each year, entered as overrides;</li>
 * <li>Hùng Kings' Commemoration: lunar 10/3 (the regular third month, never a leap one);</li>
 * <li>National Day 2 September plus one adjacent day, decided yearly: by default the one that
 *     is a working weekday and bridges to a weekend (Monday → 3/9, Tuesday → 1/9, Thursday →
 *     3/9, Friday → 1/9, Saturday → 1/9, Sunday → 3/9, Wednesday → 1/9).</li>
 * </ul>
 * A holiday on a Saturday or Sunday gives a compensation day off on the next weekday after the
 * holidays that is neither a holiday nor already a compensation day. Lunar dates come from
 * Time4J's Vietnamese calendar (UTC+7), which differs from the Chinese one in some years
 * (Tết 1985: 21 January in Vietnam, 20 February in China).
 */
public final class PublicHolidays {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    /** The rules above, the same for every year of the calendar, even those before the code. */
    public static final String LEGAL_BASIS = "Bộ luật Lao động 2019 (45/2019/QH14), Điều 112";

    private static final LocalizedText NEW_YEAR = new LocalizedText("Tết Dương lịch", "New Year's Day");
    private static final LocalizedText TET = new LocalizedText("Tết Nguyên đán", "Lunar New Year (Tết)");
    private static final LocalizedText HUNG_KINGS =
            new LocalizedText("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day");
    private static final LocalizedText REUNIFICATION =
            new LocalizedText("Ngày Chiến thắng (30/4)", "Reunification Day");
    private static final LocalizedText LABOUR_DAY = new LocalizedText("Ngày Quốc tế lao động", "International Labour Day");
    private static final LocalizedText NATIONAL_DAY = new LocalizedText("Quốc khánh", "National Day");
    private static final LocalizedText COMPENSATION = new LocalizedText("Nghỉ bù", "Compensation day off");

    /**
     * The rules depend on the year alone, and the lunar dates take milliseconds to compute:
     * each year is computed once (at most 201 small lists).
     */
    private static final Map<Integer, List<CalendarDay>> COMPUTED = new ConcurrentHashMap<>();

    private PublicHolidays() {
    }

    /** The year's public holidays and compensation days, by date. */
    public static List<CalendarDay> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BeyondCalendarException(year);
        }
        return COMPUTED.computeIfAbsent(year, PublicHolidays::compute);
    }

    private static List<CalendarDay> compute(int year) {
        List<CalendarDay> holidays = new ArrayList<>();
        holidays.add(solar(LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR));
        holidays.addAll(tet(year));
        holidays.add(lunar(VietnameseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(3), 10),
                HUNG_KINGS));
        holidays.add(solar(LocalDate.of(year, Month.APRIL, 30), REUNIFICATION));
        holidays.add(solar(LocalDate.of(year, Month.MAY, 1), LABOUR_DAY));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        holidays.add(solar(nationalDay, NATIONAL_DAY));
        holidays.add(solar(adjacentNationalDay(nationalDay), NATIONAL_DAY));
        holidays.sort(Comparator.comparing(CalendarDay::date));
        holidays.addAll(compensations(holidays));
        holidays.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(holidays);
    }

    /** The lunar year's last day and its first four days of the new year. */
    private static List<CalendarDay> tet(int year) {
        VietnameseCalendar firstDay = VietnameseCalendar.ofTet(year);
        List<CalendarDay> days = new ArrayList<>();
        days.add(lunar(firstDay.minus(1, VietnameseCalendar.Unit.DAYS), TET));
        for (int day = 0; day < 4; day++) {
            days.add(lunar(firstDay.plus(day, VietnameseCalendar.Unit.DAYS), TET));
        }
        return days;
    }

    static LocalDate adjacentNationalDay(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        boolean beforeIsWeekday = !isWeekend(before);
        boolean afterIsWeekday = !isWeekend(after);
        if (beforeIsWeekday != afterIsWeekday) {
            return beforeIsWeekday ? before : after;
        }
        // both weekdays (Tuesday to Thursday): prefer the one next to a weekend, else 1 September
        return isWeekend(after.plusDays(1)) ? after : before;
    }

    private static List<CalendarDay> compensations(List<CalendarDay> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(holiday -> taken.add(holiday.date()));
        List<CalendarDay> compensations = new ArrayList<>();
        for (CalendarDay holiday : holidays) {
            if (!isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            compensations.add(CalendarDay.computed(day, CalendarDay.Kind.COMPENSATION, COMPENSATION, null));
        }
        return compensations;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static CalendarDay solar(LocalDate date, LocalizedText name) {
        return CalendarDay.computed(date, CalendarDay.Kind.PUBLIC_HOLIDAY, name, null);
    }

    private static CalendarDay lunar(VietnameseCalendar lunarDay, LocalizedText name) {
        PlainDate date = lunarDay.transform(PlainDate.axis());
        return CalendarDay.computed(LocalDate.of(date.getYear(), date.getMonth(), date.getDayOfMonth()),
                CalendarDay.Kind.PUBLIC_HOLIDAY, name,
                lunarDay.getDayOfMonth() + "/" + lunarDay.getMonth().getNumber());
    }
}
