package vn.motcua.deadline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.motcua.deadline.CalendarDay;
import vn.motcua.deadline.CalendarOverride;
import vn.motcua.shared.InvalidInputException;

/** The calendar page's form for one day's override, as typed; the calendar checks the rest. */
record OverrideForm(String date, String kind, String nameVi, String nameEn, String legalBasis) {

    static final OverrideForm EMPTY = new OverrideForm(null, CalendarOverride.Kind.DAY_OFF.name(), null, null, null);

    /** The form filled with an override the administrator is about to change. */
    static OverrideForm of(CalendarDay day) {
        return new OverrideForm(day.date().toString(), day.kind().name(), day.name().vi(), day.name().en(),
                day.legalBasis());
    }

    CalendarOverride toOverride() {
        return new CalendarOverride(parsedDate(), parsedKind(), nameVi, nameEn, legalBasis);
    }

    /** Null when left empty (the calendar refuses it as missing); a malformed date is refused here. */
    private LocalDate parsedDate() {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "error.calendar.dateMalformed");
        }
    }

    private CalendarOverride.Kind parsedKind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return CalendarOverride.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "error.calendar.kindUnknown");
        }
    }
}
