package vn.motcua.deadline;

import java.time.LocalDateTime;

/**
 * How a result compares with its due date, by calendar day as the national reports count:
 * finished before the due day is early (trước hạn), on the due day on time (đúng hạn),
 * after it late (quá hạn).
 */
public enum Timeliness {
    EARLY, ON_TIME, LATE;

    public static Timeliness of(LocalDateTime completedAt, LocalDateTime dueAt) {
        int byDay = completedAt.toLocalDate().compareTo(dueAt.toLocalDate());
        return byDay < 0 ? EARLY : byDay == 0 ? ON_TIME : LATE;
    }
}
