package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.testing.DatabaseTest;

/**
 * The official days off of civil servants in 2023–2026, as the government announced them, out of
 * the box: the Labour Code computation plus the arrangements shipped as data (migration V62).
 * Each row names the notice it comes from. Rows marked "computed" are right without the data and
 * guard against a shipped row that would double a day the computation already gives.
 */
@DatabaseTest
class OfficialDaysOff2023To2026Test {

    @Autowired WorkingCalendar calendar;

    @ParameterizedTest(name = "{0} off: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2023-01-20 | true  | Công văn 8056/VPCP-KGVX 01/12/2022: Tết from Friday 20/1 (29 Chạp)
            2023-01-26 | true  | Công văn 8056/VPCP-KGVX: Tết to Thursday 26/1 (computed compensation)
            2023-01-27 | false | Công văn 8056/VPCP-KGVX: Friday 27/1 worked (no second compensation day)
            2023-05-02 | true  | Labour Code Art. 112: Hùng Kings' day on Saturday 29/4, compensated (computed)
            2023-05-03 | true  | Labour Code Art. 112: 30/4 on Sunday, compensated (computed)
            2023-05-04 | false | 2023's 29/4–3/5 break ends on Wednesday 3/5
            2023-09-01 | true  | Công văn 8056/VPCP-KGVX: National Day break 1/9–4/9 (computed)
            2023-09-04 | true  | Công văn 8056/VPCP-KGVX: National Day break 1/9–4/9 (computed)
            2023-09-05 | false | Công văn 8056/VPCP-KGVX: National Day break ends on Monday 4/9
            2024-02-08 | true  | Công văn 8662/VPCP-KGVX 03/11/2023: Tết from Thursday 8/2 (29 Chạp)
            2024-02-14 | true  | Công văn 8662/VPCP-KGVX: Tết to Wednesday 14/2 (computed)
            2024-02-15 | false | Công văn 8662/VPCP-KGVX: Thursday 15/2 worked
            2024-04-29 | true  | Công văn 2450/VPCP-KGVX 12/4/2024: Monday 29/4 off
            2024-05-04 | false | Công văn 2450/VPCP-KGVX: Saturday 4/5 worked instead
            2024-09-03 | true  | Công văn 8662/VPCP-KGVX: National Day 31/8–3/9 (computed)
            2024-09-04 | false | Công văn 8662/VPCP-KGVX: National Day break ends on Tuesday 3/9
            2025-01-27 | true  | Thông báo 6150/TB-LĐTBXH (Công văn 8726/VPCP-KGVX): Tết 25/1–2/2
            2025-01-31 | true  | Thông báo 6150/TB-LĐTBXH: Tết 25/1–2/2 (computed)
            2025-02-03 | false | Thông báo 6150/TB-LĐTBXH: Monday 3/2 worked
            2025-04-26 | false | Thông báo 6150/TB-LĐTBXH: Saturday 26/4 worked
            2025-05-02 | true  | Thông báo 6150/TB-LĐTBXH: Friday 2/5 off instead
            2025-09-01 | true  | Thông báo 6150/TB-LĐTBXH: National Day 30/8–2/9 (computed)
            2025-09-03 | false | Thông báo 6150/TB-LĐTBXH: National Day break ends on Tuesday 2/9
            2026-01-02 | true  | Công văn 12729/VPCP-KGVX 25/12/2025: Friday 2/1 off
            2026-01-10 | false | Công văn 12729/VPCP-KGVX: Saturday 10/1 worked instead
            2026-02-16 | true  | Bộ Nội vụ, Tết 14/2–22/2/2026 (27 Chạp – mùng 6; computed)
            2026-02-20 | true  | Bộ Nội vụ, Tết 14/2–22/2/2026 (computed)
            2026-02-23 | false | Bộ Nội vụ, Tết break ends on Sunday 22/2/2026
            """)
    void theOfficialDaysOff(LocalDate day, boolean dayOff, String notice) {
        assertThat(calendar.isWorkingDay(day)).as(notice).isEqualTo(!dayOff);
    }

    @ParameterizedTest(name = "received {0} + {1} working days → due {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2023-01-19T10:00 | 1 | 2023-01-27T10:00 | Công văn 8056/VPCP-KGVX: Tết 20/1–26/1, Friday 27/1 worked
            2024-02-07T10:00 | 1 | 2024-02-15T10:00 | Công văn 8662/VPCP-KGVX: Tết 8/2–14/2
            2024-04-26T10:00 | 3 | 2024-05-04T10:00 | Công văn 2450/VPCP-KGVX: 29/4 off, Saturday 4/5 worked
            2025-01-24T10:00 | 1 | 2025-02-03T10:00 | Thông báo 6150/TB-LĐTBXH: Tết 25/1–2/2
            2025-04-25T10:00 | 1 | 2025-04-26T10:00 | Thông báo 6150/TB-LĐTBXH: Saturday 26/4 worked
            2025-04-29T10:00 | 1 | 2025-05-05T10:00 | Thông báo 6150/TB-LĐTBXH: 30/4–4/5 off
            2025-12-31T10:00 | 1 | 2026-01-05T10:00 | Công văn 12729/VPCP-KGVX: 1/1–4/1/2026 off
            2026-01-09T10:00 | 1 | 2026-01-10T10:00 | Công văn 12729/VPCP-KGVX: Saturday 10/1 worked
            """)
    void theDueDatesTheOfficialCalendarGives(LocalDateTime receivedAt, int workingDays, LocalDateTime dueAt,
                                             String notice) {
        assertThat(calendar.dueDate(null, receivedAt, StatutoryTime.workingDays(workingDays)).dueAt())
                .as(notice).isEqualTo(dueAt);
    }

    @ParameterizedTest(name = "{0}: legal basis recorded")
    @CsvSource({"2023", "2024", "2025", "2026"})
    void everyShippedDayCarriesItsLegalBasis(int year) {
        assertThat(calendar.listedDays(year)).filteredOn(CalendarDay::isOverride)
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day.legalBasis()).matches(".*\\d+/(VPCP-KGVX|TB-LĐTBXH).*"));
    }
}
