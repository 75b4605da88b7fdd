package vn.motcua.deadline;

import java.time.LocalDate;

/**
 * An override added, changed or removed, published in the transaction that stored it (so the
 * audit record commits or rolls back with the change). {@code before} is null for an added day,
 * {@code after} for a removed one.
 */
public record CalendarOverrideChanged(String actor, Change change, CalendarOverride before, CalendarOverride after) {

    public enum Change {
        ADDED, CHANGED, REMOVED
    }

    public LocalDate day() {
        return current().date();
    }

    /** The override as it now stands, or as it stood before its removal. */
    public CalendarOverride current() {
        return after != null ? after : before;
    }
}
