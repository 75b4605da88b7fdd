package vn.motcua.deadline;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The office periods of one day, e.g. 07:00-11:30 and 13:30-17:00: ordered, non-overlapping,
 * each with its end after its start.
 */
public record OfficePeriods(List<Period> periods) {

    public record Period(LocalTime start, LocalTime end) {
        long minutes() {
            return java.time.Duration.between(start, end).toMinutes();
        }
    }

    public static final OfficePeriods NONE = new OfficePeriods(List.of());

    public OfficePeriods {
        periods = List.copyOf(periods);
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            if (!p.end().isAfter(p.start()) || i > 0 && p.start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("office periods must be ordered and not overlap: " + periods);
            }
        }
    }

    /** Parses "07:00-11:30,13:30-17:00". */
    public static OfficePeriods parse(String text) {
        List<Period> periods = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                String[] bounds = part.trim().split("-");
                if (bounds.length != 2) {
                    throw new IllegalArgumentException("not a period: " + part);
                }
                periods.add(new Period(LocalTime.parse(bounds[0].trim()), LocalTime.parse(bounds[1].trim())));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a list of periods HH:mm-HH:mm: " + text, e);
        }
        return new OfficePeriods(periods);
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }

    /** The end of the last period: when the office closes. */
    public LocalTime closing() {
        return periods.get(periods.size() - 1).end();
    }
}
