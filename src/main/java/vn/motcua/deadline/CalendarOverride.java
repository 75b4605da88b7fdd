package vn.motcua.deadline;

import java.time.LocalDate;

/** An administrator's exception for one day: an extra day off, or a (swapped) working day. */
public record CalendarOverride(LocalDate date, Kind kind, String nameVi, String nameEn) {

    public enum Kind {
        DAY_OFF, WORKING_DAY
    }
}
