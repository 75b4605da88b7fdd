package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labour Code 2019 Art. 112 holidays, lunar ones from the Vietnamese calendar, and compensation days. */
class PublicHolidaysTest {

    @Test
    void holidaysOf2026() {
        assertThat(holidayDates(2026)).containsExactly(
                LocalDate.of(2026, 1, 1),
                // Tết Bính Ngọ: 29th of the last lunar month (Monday) and 1-4 of the first
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        assertThat(compensationDates(2026)).as("Hùng Kings' day falls on Sunday 26 April")
                .containsExactly(LocalDate.of(2026, 4, 27));
    }

    @Test
    void holidaysOf2025() {
        assertThat(holidayDates(2025)).containsExactly(
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
                LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
        assertThat(compensationDates(2025)).as("the 4th day of Tết falls on Saturday 1 February")
                .containsExactly(LocalDate.of(2025, 2, 3));
    }

    @Test
    void lunarHolidaysCarryTheirLunarDates() {
        List<CalendarDay> days = PublicHolidays.of(2025);
        assertThat(lunarDateOf(days, LocalDate.of(2025, 1, 28))).isEqualTo("29/12");
        assertThat(lunarDateOf(days, LocalDate.of(2025, 1, 29))).isEqualTo("1/1");
        assertThat(lunarDateOf(days, LocalDate.of(2025, 2, 1))).isEqualTo("4/1");
        assertThat(lunarDateOf(days, LocalDate.of(2025, 4, 7))).isEqualTo("10/3");
        assertThat(lunarDateOf(days, LocalDate.of(2025, 4, 30))).isNull();
        assertThat(lunarDateOf(PublicHolidays.of(2024), LocalDate.of(2024, 2, 9))).isEqualTo("30/12");
    }

    @ParameterizedTest(name = "Tết {0} on {1}")
    @CsvSource({"2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17"})
    void tetMatchesTheOfficialDates(int year, LocalDate tet) {
        assertThat(lunarHoliday(year, "1/1")).isEqualTo(tet);
    }

    /** Years in which Hanoi (UTC+7) and Beijing (UTC+8) see the new moon on different days. */
    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({"1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18", "2030, 2030-02-02, 2030-02-03"})
    void tetFollowsTheVietnameseCalendarWhereItDiffersFromTheChineseOne(int year, LocalDate vietnam,
                                                                      LocalDate china) {
        PlainDate chineseNewYear = ChineseCalendar.ofNewYear(year).transform(PlainDate.axis());
        assertThat(LocalDate.of(chineseNewYear.getYear(), chineseNewYear.getMonth(), chineseNewYear.getDayOfMonth()))
                .as("the Chinese calendar differs this year").isEqualTo(china);
        assertThat(lunarHoliday(year, "1/1")).isEqualTo(vietnam);
    }

    @ParameterizedTest(name = "Hùng Kings {0}: {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2023, 2023-04-29"})
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate day) {
        assertThat(lunarHoliday(year, "10/3")).isEqualTo(day);
    }

    @Test
    void hungKingsDayIgnoresALeapThirdMonth() {
        // 2020 (Canh Tý) had a leap 4th month; 1993 had a leap 3rd month: the holiday is in the regular one.
        assertThat(lunarHoliday(1993, "10/3")).isEqualTo(LocalDate.of(1993, 4, 1));
    }

    @ParameterizedTest(name = "2 September {0} is a {1}: the adjacent day is {2}")
    @CsvSource({"2024, MONDAY, 2024-09-03", "2025, TUESDAY, 2025-09-01", "2026, WEDNESDAY, 2026-09-01",
            "2021, THURSDAY, 2021-09-03", "2022, FRIDAY, 2022-09-01", "2023, SATURDAY, 2023-09-01",
            "2029, SUNDAY, 2029-09-03"})
    void nationalDayTakesTheAdjacentDayThatBridgesToAWeekend(int year, DayOfWeek weekday, LocalDate adjacent) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        assertThat(nationalDay.getDayOfWeek()).isEqualTo(weekday);
        assertThat(holidayDates(year)).contains(nationalDay, adjacent);
    }

    @Test
    void holidaysOnAWeekendAreCompensatedOnTheNextFreeWeekdays() {
        // 2022: 1 January and Hùng Kings' day (10 April) on weekends; 30 April a Saturday and 1 May a
        // Sunday: Monday 2 and Tuesday 3 May off, as the government announced.
        assertThat(compensationDates(2022)).containsExactly(LocalDate.of(2022, 1, 3), LocalDate.of(2022, 4, 11),
                LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
        // 2 September 2023 was a Saturday (1 September, Friday, the adjacent day): Monday 4 September off.
        assertThat(compensationDates(2023)).contains(LocalDate.of(2023, 9, 4));
        // Tết 2024: 1/1 on Saturday 10 and 2/1 on Sunday 11 February, holidays until Tuesday 13.
        assertThat(compensationDates(2024)).contains(LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15));
    }

    @Test
    void theWholeRangeFrom1900To2100IsComputedAndNothingBeyond() {
        for (int year = PublicHolidays.FIRST_YEAR; year <= PublicHolidays.LAST_YEAR; year++) {
            List<CalendarDay> days = PublicHolidays.of(year);
            int finalYear = year;
            assertThat(days.stream().filter(d -> d.kind() == CalendarDay.Kind.PUBLIC_HOLIDAY))
                    .as("11 holiday days in %d", year).hasSize(11)
                    .allMatch(d -> d.date().getYear() == finalYear);
        }
        assertThat(lunarHoliday(1900, "1/1")).isEqualTo(LocalDate.of(1900, 1, 31));
        assertThat(lunarHoliday(2100, "1/1")).isEqualTo(LocalDate.of(2100, 2, 9));
        assertThatThrownBy(() -> PublicHolidays.of(1899)).isInstanceOf(BeyondCalendarException.class);
        assertThatThrownBy(() -> PublicHolidays.of(2101)).isInstanceOf(BeyondCalendarException.class);
    }

    static List<LocalDate> holidayDates(int year) {
        return PublicHolidays.of(year).stream().filter(d -> d.kind() == CalendarDay.Kind.PUBLIC_HOLIDAY)
                .map(CalendarDay::date).toList();
    }

    static List<LocalDate> compensationDates(int year) {
        return PublicHolidays.of(year).stream().filter(d -> d.kind() == CalendarDay.Kind.COMPENSATION)
                .map(CalendarDay::date).toList();
    }

    private static LocalDate lunarHoliday(int year, String lunarDate) {
        return PublicHolidays.of(year).stream().filter(d -> lunarDate.equals(d.lunarDate())).map(CalendarDay::date)
                .findFirst().orElseThrow();
    }

    private static String lunarDateOf(List<CalendarDay> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow().lunarDate();
    }
}
