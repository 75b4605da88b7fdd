package vn.motcua.deadline.web;

import java.time.LocalDateTime;

import vn.motcua.deadline.BeyondCalendarException;
import vn.motcua.deadline.DueDate;
import vn.motcua.deadline.PublicHolidays;
import vn.motcua.deadline.StatutoryTime;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.InvalidInputException;

/** The checks of a due-date question, shared by the API and the calendar page. */
final class DueDateCheck {

    private DueDateCheck() {
    }

    /** N working days, refused outside 0–365. */
    static StatutoryTime workingDays(int workingDays) {
        if (workingDays < 0 || workingDays > 365) {
            throw new InvalidInputException("workingDays", "error.calendar.workingDaysRange");
        }
        return StatutoryTime.workingDays(workingDays);
    }

    /**
     * The due date; a receipt outside the calendar is refused as {@code receivedAt}, a count that
     * runs past its end as {@code countField}.
     */
    static DueDate dueDate(WorkingCalendar calendar, String agency, LocalDateTime receivedAt, StatutoryTime time,
                           String countField) {
        if (receivedAt.getYear() < PublicHolidays.FIRST_YEAR || receivedAt.getYear() >= PublicHolidays.LAST_YEAR) {
            throw new InvalidInputException("receivedAt", "error.calendar.yearOutOfRange", PublicHolidays.FIRST_YEAR,
                    PublicHolidays.LAST_YEAR - 1);
        }
        try {
            return calendar.dueDate(agency, receivedAt, time);
        } catch (BeyondCalendarException e) {
            // receivedAt is inside the calendar (checked above): it is the count that runs past its end
            throw new InvalidInputException(countField, "error.calendar.dueBeyondCalendar", PublicHolidays.LAST_YEAR);
        }
    }
}
