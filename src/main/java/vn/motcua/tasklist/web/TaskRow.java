package vn.motcua.tasklist.web;

import java.time.Duration;
import java.time.LocalDateTime;

import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.shared.LocalizedText;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.Urgency;

/**
 * One line of the task list: the step, its dossier, and the working time left before the
 * step is due, or ({@code overdueBy}) the working time since; only the one the line shows is
 * measured, the other is zero. Urgency colours the line. While the dossier waits for the citizen's
 * supplement its clock is stopped: the time is measured at the moment of pausing.
 */
record TaskRow(ClerkTask task, Dossier dossier, LocalizedText procedureName, LocalDateTime dueAt, Duration left,
               Duration overdueBy, Urgency urgency) {

    private static final long MINUTES_PER_DAY = WorkingCalendar.WORKING_DAY.toMinutes();

    /** Whole working days of the time left (or overdue). */
    public long days() {
        return shown().toMinutes() / MINUTES_PER_DAY;
    }

    /** Working hours beyond the whole days. */
    public long hours() {
        return shown().toMinutes() % MINUTES_PER_DAY / 60;
    }

    public boolean aboutToBeLate() {
        return urgency == Urgency.DUE_SOON || urgency == Urgency.OVERDUE;
    }

    public boolean paused() {
        return urgency == Urgency.PAUSED;
    }

    /** Past the due date (for a paused step: already when its clock stopped). */
    public boolean late() {
        return urgency == Urgency.OVERDUE || paused() && !overdueBy.isZero();
    }

    /** The message for the time left (or overdue), paused or running; arguments: days, hours. */
    public String timeLeftMessage() {
        String key = late() ? "tasks.overdueBy" : "tasks.left";
        return paused() ? key + ".paused" : key;
    }

    private Duration shown() {
        return late() ? overdueBy : left;
    }
}
