package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What an SLA report covers: the days {@code from}..{@code to} (both included), how rows are
 * grouped, and optional filters (null = all). Build it with {@link SlaParameters} from user
 * input; the constructor trusts its arguments.
 */
public record SlaQuery(LocalDate from, LocalDate to, GroupBy groupBy, String procedure, String agency,
                       String channel) {

    /** The first instant of the period. */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first instant after the period. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    /** The same filters over other days (a month of a period, for its row's drill-down). */
    public SlaQuery between(LocalDate newFrom, LocalDate newTo) {
        return new SlaQuery(newFrom, newTo, groupBy, procedure, agency, channel);
    }

    /** The same period narrowed to one group's value (the drill-down of one row). */
    public SlaQuery narrowedTo(GroupBy by, String group) {
        return switch (by) {
            case PROCEDURE -> new SlaQuery(from, to, GroupBy.TOTAL, group, agency, channel);
            case AGENCY -> new SlaQuery(from, to, GroupBy.TOTAL, procedure, group, channel);
            case CHANNEL -> new SlaQuery(from, to, GroupBy.TOTAL, procedure, agency, group);
            case MONTH -> {
                LocalDate first = LocalDate.parse(group + "-01");
                LocalDate last = first.plusMonths(1).minusDays(1);
                yield new SlaQuery(first.isBefore(from) ? from : first, last.isAfter(to) ? to : last,
                        GroupBy.TOTAL, procedure, agency, channel);
            }
            case TOTAL -> new SlaQuery(from, to, GroupBy.TOTAL, procedure, agency, channel);
        };
    }
}
