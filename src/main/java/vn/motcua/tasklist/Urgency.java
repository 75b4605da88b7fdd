package vn.motcua.tasklist;

import java.time.LocalDateTime;

/**
 * How close a step is to its due date. Green while on track, amber in the last fifth of the
 * allowed working time ({@link DueSoonThreshold}), red once overdue; grey while the dossier waits
 * for the citizen's supplement (its process is suspended), whatever the time left when the clock
 * stopped. The task list filters on it in the engine's query, so it is decided by dates stored on
 * the task, never computed per line.
 */
public enum Urgency {
    ON_TRACK("due-ok"), DUE_SOON("due-soon"), OVERDUE("due-over"), PAUSED("due-paused");

    private final String cssClass;

    Urgency(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }

    /** The rule the task query applies in SQL, for one task read already. */
    public static Urgency of(boolean suspended, LocalDateTime dueAt, LocalDateTime dueSoonAt,
                             LocalDateTime now) {
        if (suspended) {
            return PAUSED;
        }
        if (dueAt != null && now.isAfter(dueAt)) {
            return OVERDUE;
        }
        return dueSoonAt != null && !now.isBefore(dueSoonAt) ? DUE_SOON : ON_TRACK;
    }
}
