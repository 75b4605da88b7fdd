package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.cluster.CacheGenerations;

/** Working-time arithmetic on the default office hours 07:00-11:30 and 13:30-17:00. */
class WorkingCalendarTest {

    /** In-memory office hours and overrides. */
    static final class Stores implements OfficeHoursStore, OverrideStore {
        final Map<String, Map<DayOfWeek, OfficePeriods>> hours = new HashMap<>();
        final List<CalendarOverride> overrides = new ArrayList<>();

        @Override
        public Map<DayOfWeek, OfficePeriods> declaredBy(String agencyCode) {
            return hours.getOrDefault(agencyCode, Map.of());
        }

        @Override
        public List<CalendarOverride> ofYear(int year) {
            return overrides.stream().filter(o -> o.date().getYear() == year).toList();
        }

        @Override
        public void replaceYear(int year, List<CalendarOverride> entries) {
            overrides.removeIf(o -> o.date().getYear() == year);
            overrides.addAll(entries);
        }
    }

    final Stores stores = new Stores();
    static final String ACTOR = "admin";
    final List<Object> published = new ArrayList<>();
    final WorkingCalendar calendar = new WorkingCalendar(
            new CalendarSettings("07:00-11:30,13:30-17:00", LocalTime.of(15, 0), 8), stores, stores,
            name -> new CacheGenerations.Generation() {
                private long generation;

                @Override
                public long current() {
                    return generation;
                }

                @Override
                public void bump() {
                    generation++;
                }
            }, published::add);

    static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    @Nested
    class CountFrom {
        @Test
        void duringOfficeHoursTheCountStartsAtOnce() {
            assertThat(calendar.countFrom(null, at(2026, 12, 7, 10, 0))).isEqualTo(at(2026, 12, 7, 10, 0));
        }

        @Test
        void beforeOpeningDuringLunchAndAfterClosingItStartsAtTheNextOpening() {
            assertThat(calendar.countFrom(null, at(2026, 12, 7, 6, 30))).isEqualTo(at(2026, 12, 7, 7, 0));
            assertThat(calendar.countFrom(null, at(2026, 12, 7, 12, 0))).isEqualTo(at(2026, 12, 7, 13, 30));
            assertThat(calendar.countFrom(null, at(2026, 12, 7, 17, 0))).isEqualTo(at(2026, 12, 8, 7, 0));
            assertThat(calendar.countFrom(null, at(2026, 12, 7, 19, 45))).isEqualTo(at(2026, 12, 8, 7, 0));
        }

        @Test
        void onWeekendsAndHolidaysItStartsOnTheNextWorkingMorning() {
            assertThat(calendar.countFrom(null, at(2026, 12, 5, 9, 0))).as("Saturday").isEqualTo(at(2026, 12, 7, 7, 0));
            // 30 April (Thursday) and 1 May (Friday) 2026 are holidays, then a weekend
            assertThat(calendar.countFrom(null, at(2026, 4, 29, 17, 30))).isEqualTo(at(2026, 5, 4, 7, 0));
        }
    }

    @Nested
    class DueDates {
        @Test
        void workingDaysAreEightWorkingHoursEachAndSkipWeekends() {
            DueDate due = calendar.dueDate(null, at(2026, 12, 16, 9, 30), StatutoryTime.workingDays(3));
            assertThat(due.countFrom()).isEqualTo(at(2026, 12, 16, 9, 30));
            assertThat(due.dueAt()).as("Wednesday + 3 working days").isEqualTo(at(2026, 12, 21, 9, 30));
        }

        @Test
        void aDueDateExactlyAtTheEndOfADayStaysAtTheClose() {
            assertThat(calendar.dueDate(null, at(2026, 12, 7, 18, 0), StatutoryTime.workingDays(1)).dueAt())
                    .as("received after hours on Monday: one full Tuesday").isEqualTo(at(2026, 12, 8, 17, 0));
        }

        @Test
        void tetAndItsWeekendAreSkipped() {
            // Friday 13 February 2026, 10:00; Tết 16-20 February, then the weekend
            assertThat(calendar.dueDate(null, at(2026, 2, 13, 10, 0), StatutoryTime.workingDays(3)).dueAt())
                    .isEqualTo(at(2026, 2, 25, 10, 0));
        }

        @Test
        void aSameDayProcedureReceivedBeforeFifteenOClockIsDueAtTheCloseOfThatDay() {
            assertThat(calendar.dueDate(null, at(2026, 12, 7, 14, 59), StatutoryTime.sameDay()).dueAt())
                    .isEqualTo(at(2026, 12, 7, 17, 0));
            assertThat(calendar.dueDate(null, at(2026, 12, 7, 6, 45), StatutoryTime.sameDay()).dueAt())
                    .as("before opening").isEqualTo(at(2026, 12, 7, 17, 0));
        }

        @Test
        void aSameDayProcedureReceivedFromFifteenOClockIsDueTheNextWorkingDay() {
            assertThat(calendar.dueDate(null, at(2026, 12, 7, 15, 0), StatutoryTime.sameDay()).dueAt())
                    .isEqualTo(at(2026, 12, 8, 17, 0));
            assertThat(calendar.dueDate(null, at(2026, 12, 11, 15, 30), StatutoryTime.sameDay()).dueAt())
                    .as("Friday afternoon: Monday").isEqualTo(at(2026, 12, 14, 17, 0));
        }

        @Test
        void aSameDayProcedureReceivedAfterHoursOrOnAWeekendIsDueAtTheCloseOfTheNextWorkingDay() {
            assertThat(calendar.dueDate(null, at(2026, 12, 7, 17, 30), StatutoryTime.sameDay()).dueAt())
                    .isEqualTo(at(2026, 12, 8, 17, 0));
            assertThat(calendar.dueDate(null, at(2026, 12, 12, 10, 0), StatutoryTime.sameDay()).dueAt())
                    .as("Saturday").isEqualTo(at(2026, 12, 14, 17, 0));
        }
    }

    @Nested
    class WorkingTime {
        @Test
        void addingStopsInsideAPeriodOrAtItsEnd() {
            assertThat(calendar.plusWorkingTime(null, at(2026, 12, 7, 11, 0), Duration.ofMinutes(30)))
                    .isEqualTo(at(2026, 12, 7, 11, 30));
            assertThat(calendar.plusWorkingTime(null, at(2026, 12, 7, 11, 0), Duration.ofMinutes(45)))
                    .isEqualTo(at(2026, 12, 7, 13, 45));
            assertThat(calendar.plusWorkingTime(null, at(2026, 12, 7, 7, 0), Duration.ofHours(8)))
                    .isEqualTo(at(2026, 12, 7, 17, 0));
        }

        @Test
        void workingTimeBetweenCountsOnlyOfficeHours() {
            assertThat(calendar.workingTimeBetween(null, at(2026, 12, 7, 10, 0), at(2026, 12, 8, 9, 0)))
                    .isEqualTo(Duration.ofHours(7));
            assertThat(calendar.workingTimeBetween(null, at(2026, 12, 11, 16, 0), at(2026, 12, 14, 8, 0)))
                    .as("over a weekend").isEqualTo(Duration.ofHours(2));
            assertThat(calendar.workingTimeBetween(null, at(2026, 12, 8, 9, 0), at(2026, 12, 7, 10, 0)))
                    .isEqualTo(Duration.ZERO);
        }

        @Test
        void aSupplementPauseMovesTheDueDateByThePausedWorkingTime() {
            // due Monday 17:00; paused Monday 11:00 to Tuesday 09:00 = 6 working hours
            assertThat(calendar.shiftByPause(null, at(2026, 12, 7, 17, 0), at(2026, 12, 7, 11, 0),
                    at(2026, 12, 8, 9, 0))).isEqualTo(at(2026, 12, 8, 15, 0));
        }
    }

    @Nested
    class Overrides {
        @Test
        void anExtraDayOffAndASwappedWorkingSaturdayChangeTheDueDate() {
            calendar.replaceOverrides(2026, List.of(
                    new CalendarOverride(LocalDate.of(2026, 12, 17), CalendarOverride.Kind.DAY_OFF,
                            "Nghỉ hoán đổi", "Swapped day off", "QĐ 1/TEST"),
                    new CalendarOverride(LocalDate.of(2026, 12, 19), CalendarOverride.Kind.WORKING_DAY,
                            "Làm bù thứ Bảy", "Working Saturday", "QĐ 1/TEST")), ACTOR);
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 17))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 19))).isTrue();
            // Wednesday 16, 09:30 + 3 days: Thursday off; Friday, the working Saturday, Monday
            assertThat(calendar.dueDate(null, at(2026, 12, 16, 9, 30), StatutoryTime.workingDays(3)).dueAt())
                    .isEqualTo(at(2026, 12, 21, 9, 30));
            assertThat(calendar.dueDate(null, at(2026, 12, 16, 9, 30), StatutoryTime.workingDays(2)).dueAt())
                    .as("the Saturday counts").isEqualTo(at(2026, 12, 19, 9, 30));
            assertThat(calendar.listedDays(2026)).extracting(CalendarDay::kind)
                    .contains(CalendarDay.Kind.DAY_OFF, CalendarDay.Kind.WORKING_DAY);
        }

        @Test
        void aComputedHolidayCanBeCancelled() {
            LocalDate fourthDayOfTet = LocalDate.of(2026, 2, 20);
            assertThat(calendar.isWorkingDay(fourthDayOfTet)).isFalse();
            calendar.replaceOverrides(2026, List.of(new CalendarOverride(fourthDayOfTet,
                    CalendarOverride.Kind.WORKING_DAY, "Đi làm theo quyết định", "Working by decision", "QĐ 2/TEST")), ACTOR);
            assertThat(calendar.isWorkingDay(fourthDayOfTet)).isTrue();
        }

        @Test
        void invalidOverridesAreRefusedAndNothingChanges() {
            calendar.replaceOverrides(2026, List.of(new CalendarOverride(LocalDate.of(2026, 12, 24),
                    CalendarOverride.Kind.DAY_OFF, "Nghỉ", "Off", "QĐ 3/TEST")), ACTOR);
            assertThatThrownBy(() -> calendar.replaceOverrides(2026, List.of(
                    new CalendarOverride(LocalDate.of(2026, 3, 2), CalendarOverride.Kind.DAY_OFF, "Nghỉ", "Off", "QĐ 3/TEST"),
                    new CalendarOverride(LocalDate.of(2027, 1, 4), CalendarOverride.Kind.DAY_OFF, "Nghỉ", "Off", "QĐ 3/TEST")), ACTOR))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("overrides[1].date"));
            assertThatThrownBy(() -> calendar.replaceOverrides(2026, List.of(new CalendarOverride(
                    LocalDate.of(2026, 3, 2), CalendarOverride.Kind.DAY_OFF, " ", "Off", "QĐ 3/TEST")), ACTOR))
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("overrides[0].nameVi"));
            assertThat(stores.overrides).extracting(CalendarOverride::date).containsExactly(LocalDate.of(2026, 12, 24));
        }

        @Test
        void anOverrideNeedsItsLegalBasis() {
            assertThatThrownBy(() -> calendar.saveOverride(new CalendarOverride(LocalDate.of(2026, 12, 24),
                    CalendarOverride.Kind.DAY_OFF, "Nghỉ", "Off", "  "), ACTOR))
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("legalBasis"));
            assertThat(stores.overrides).isEmpty();
            assertThat(published).isEmpty();
        }

        @Test
        void eachDayAddedChangedOrRemovedIsPublishedWithItsLegalBasis() {
            LocalDate christmasEve = LocalDate.of(2026, 12, 24);
            calendar.saveOverride(new CalendarOverride(christmasEve, CalendarOverride.Kind.DAY_OFF, "Nghỉ", "Off",
                    "QĐ 4/TEST"), ACTOR);
            calendar.saveOverride(new CalendarOverride(christmasEve, CalendarOverride.Kind.WORKING_DAY, "Làm", "Work",
                    "QĐ 5/TEST"), ACTOR);
            assertThat(calendar.isWorkingDay(christmasEve)).isTrue();
            calendar.removeOverride(christmasEve, ACTOR);
            assertThat(stores.overrides).isEmpty();
            assertThat(published).map(CalendarOverrideChanged.class::cast)
                    .extracting(CalendarOverrideChanged::change, c -> c.current().legalBasis(), CalendarOverrideChanged::day)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(CalendarOverrideChanged.Change.ADDED, "QĐ 4/TEST", christmasEve),
                            org.assertj.core.groups.Tuple.tuple(CalendarOverrideChanged.Change.CHANGED, "QĐ 5/TEST", christmasEve),
                            org.assertj.core.groups.Tuple.tuple(CalendarOverrideChanged.Change.REMOVED, "QĐ 5/TEST", christmasEve));
            assertThatThrownBy(() -> calendar.removeOverride(christmasEve, ACTOR))
                    .satisfies(e -> assertThat(((vn.motcua.shared.NotFoundException) e).field()).isEqualTo("date"));
        }
    }

    @Test
    void anAgencyWithItsOwnOfficeHoursCountsOnThem() {
        Map<DayOfWeek, OfficePeriods> syt = new EnumMap<>(DayOfWeek.class);
        syt.put(DayOfWeek.MONDAY, OfficePeriods.parse("07:30-11:30,13:00-17:00"));
        stores.hours.put("SYT", syt);
        assertThat(calendar.countFrom("SYT", at(2026, 12, 7, 7, 0))).isEqualTo(at(2026, 12, 7, 7, 30));
        assertThat(calendar.countFrom("SYT", at(2026, 12, 7, 12, 0))).isEqualTo(at(2026, 12, 7, 13, 0));
        assertThat(calendar.countFrom("SYT", at(2026, 12, 8, 7, 0))).as("Tuesday: default hours")
                .isEqualTo(at(2026, 12, 8, 7, 0));
        assertThat(calendar.countFrom("XPV", at(2026, 12, 7, 7, 0))).isEqualTo(at(2026, 12, 7, 7, 0));
    }

    @Test
    void yearsOutsideTheCalendarAreRefused() {
        assertThatThrownBy(() -> calendar.listedDays(2101)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calendar.replaceOverrides(1899, List.of(), "admin")).isInstanceOf(InvalidInputException.class);
    }
}
