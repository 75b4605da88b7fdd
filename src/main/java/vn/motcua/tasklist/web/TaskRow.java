package vn.motcua.tasklist.web;

import java.time.Duration;
import java.time.LocalDateTime;

import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.shared.LocalizedText;
import vn.motcua.tasklist.ClerkTask;

/**
 * One line of the task list: the step, its dossier, and the working time left before the
 * step is due ({@code overdueBy} after). Urgency colours the line.
 */
record TaskRow(ClerkTask task, Dossier dossier, LocalizedText procedureName, LocalDateTime dueAt, Duration left,
               Duration overdueBy, Urgency urgency) {

    /** Green while on track, amber in the last fifth of the allowed time, red once overdue. */
    enum Urgency {
        ON_TRACK("due-ok"), DUE_SOON("due-soon"), OVERDUE("due-over");

        private final String cssClass;

        Urgency(String cssClass) {
            this.cssClass = cssClass;
        }

        public String cssClass() {
            return cssClass;
        }
    }

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
        return urgency != Urgency.ON_TRACK;
    }

    private Duration shown() {
        return urgency == Urgency.OVERDUE ? overdueBy : left;
    }
}
