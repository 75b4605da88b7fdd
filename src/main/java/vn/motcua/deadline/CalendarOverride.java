package vn.motcua.deadline;

import java.time.LocalDate;

/**
 * An administrator's exception for one day: an extra day off, or a (swapped) working day, with
 * the decision or notice it rests on (e.g. "Thông báo 6150/TB-LĐTBXH"; empty on entries made
 * before the legal basis was recorded).
 */
public record CalendarOverride(LocalDate date, Kind kind, String nameVi, String nameEn, String legalBasis) {

    public enum Kind {
        DAY_OFF, WORKING_DAY
    }
}
