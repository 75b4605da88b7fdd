package vn.motcua.deadline;

/**
 * The processing time a procedure version is allowed by law, in working days;
 * zero means "same day" (received before the cut-off, due by the close of that day).
 */
public record StatutoryTime(int workingDays) {

    public StatutoryTime {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
    }

    public static StatutoryTime sameDay() {
        return new StatutoryTime(0);
    }

    public static StatutoryTime workingDays(int days) {
        return new StatutoryTime(days);
    }

    public boolean isSameDay() {
        return workingDays == 0;
    }
}
