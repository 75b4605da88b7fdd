package vn.motcua.deadline;

import vn.motcua.shared.InvalidInputException;

/**
 * A computation needed a year the calendar does not cover ({@link PublicHolidays#FIRST_YEAR}–
 * {@link PublicHolidays#LAST_YEAR}): a date the caller gave, or a count that runs past the end.
 * The request is at fault, not the server; the caller names the field that took it there.
 */
public class BeyondCalendarException extends InvalidInputException {

    BeyondCalendarException(int year) {
        super("year", "error.calendar.yearOutOfRange", PublicHolidays.FIRST_YEAR, PublicHolidays.LAST_YEAR, year);
    }
}
