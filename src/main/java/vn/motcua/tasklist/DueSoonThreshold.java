package vn.motcua.tasklist;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;
import vn.motcua.deadline.WorkingCalendar;

/**
 * The instant a step becomes due soon: when less than a fifth of its allowed working time (from
 * its start to its due date) is left. Stored on the engine's task (its follow-up date) when the
 * step opens and moved with its due date, so that the task list filters "due soon" with a date
 * comparison in SQL instead of a working-time computation per task (ADR 0019).
 */
@Component
public class DueSoonThreshold {

    /** Amber once this share of the step's allowed working time, or less, is left. */
    static final double DUE_SOON_SHARE = 0.2;

    private final WorkingCalendar calendar;

    DueSoonThreshold(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** On the calendar of the agency whose office hours set the due date (the receiving one). */
    public LocalDateTime of(String agencyCode, LocalDateTime startedAt, LocalDateTime dueAt) {
        long allowed = calendar.workingTimeBetween(agencyCode, startedAt, dueAt).toMinutes();
        // due soon while left <= allowed * share, in whole minutes as the working time is counted
        long dueSoonLeft = (long) Math.floor(allowed * DUE_SOON_SHARE);
        return calendar.plusWorkingTime(agencyCode, startedAt, Duration.ofMinutes(allowed - dueSoonLeft));
    }
}
