package vn.motcua.reporting;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToLongFunction;

import vn.motcua.dossier.DossierRecords;
import vn.motcua.dossier.DossierStatus;

/**
 * The counted figures of the SLA report, each with the condition that selects its dossiers
 * for the drill-down. The conditions are fixed SQL over the dossier module's read model {@code dossier_record d}; the period
 * and reference day come in as bind parameters :start, :end and :refDay.
 */
public enum SlaFigure {
    CARRIED_OVER("carriedOver", SlaFigures::carriedOver, Conditions.pendingAt(":start")),
    RECEIVED("received", SlaFigures::received, Conditions.RECEIVED_IN_PERIOD),
    RECEIVED_DESK("receivedDesk", SlaFigures::receivedDesk, Conditions.RECEIVED_IN_PERIOD + " AND d.channel = 'DESK'"),
    RECEIVED_ONLINE("receivedOnline", SlaFigures::receivedOnline,
            Conditions.RECEIVED_IN_PERIOD + " AND d.channel = 'ONLINE'"),
    RECEIVED_POST("receivedPost", SlaFigures::receivedPost, Conditions.RECEIVED_IN_PERIOD + " AND d.channel = 'POST'"),
    RESOLVED("resolved", SlaFigures::resolved, Conditions.RESOLVED_IN_PERIOD),
    EARLY("early", SlaFigures::early, Conditions.RESOLVED_IN_PERIOD + " AND d.timeliness = 'EARLY'"),
    ON_TIME("onTime", SlaFigures::onTime, Conditions.RESOLVED_IN_PERIOD + " AND d.timeliness = 'ON_TIME'"),
    LATE("late", SlaFigures::late, Conditions.RESOLVED_IN_PERIOD + " AND d.timeliness = 'LATE'"),
    REFUSED("refused", SlaFigures::refused, Conditions.RESOLVED_IN_PERIOD + " AND d.result = 'REFUSED'"),
    PENDING("pending", SlaFigures::pending, Conditions.pendingAt(":end")),
    PENDING_IN_TIME("pendingInTime", SlaFigures::pendingInTime,
            Conditions.pendingAt(":end") + " AND NOT (" + Conditions.OVERDUE + ")"),
    OVERDUE("overdue", SlaFigures::overdue, Conditions.pendingAt(":end") + " AND " + Conditions.OVERDUE),
    WAITING_FOR_SUPPLEMENT("waitingForSupplement", SlaFigures::waitingForSupplement,
            Conditions.pendingAt(":end") + " AND " + Conditions.PAUSED_AT_END),
    NOT_ACCEPTED("notAccepted", SlaFigures::notAccepted, Conditions.closedInPeriod(DossierStatus.NOT_ACCEPTED)),
    WITHDRAWN("withdrawn", SlaFigures::withdrawn, Conditions.closedInPeriod(DossierStatus.WITHDRAWN)),
    STOPPED("stopped", SlaFigures::stopped, Conditions.closedInPeriod(DossierStatus.STOPPED));

    private final String parameter;
    private final ToLongFunction<SlaFigures> value;
    private final String condition;

    SlaFigure(String parameter, ToLongFunction<SlaFigures> value, String condition) {
        this.parameter = parameter;
        this.value = value;
        this.condition = condition;
    }

    /** The figure's name in addresses and JSON ({@code figure=onTime}). */
    public String parameter() {
        return parameter;
    }

    public long of(SlaFigures figures) {
        return value.applyAsLong(figures);
    }

    String condition() {
        return condition;
    }

    public static Optional<SlaFigure> fromParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }

    /** The SQL conditions the figures share; constants only, never user input. */
    static final class Conditions {
        static final String RECEIVED_IN_PERIOD = "d.received_at >= :start AND d.received_at < :end";
        static final String RESOLVED_IN_PERIOD = "d.resolved_at >= :start AND d.resolved_at < :end";
        /** Paused for a supplement at the end of the period (a closure clears the pause). */
        static final String PAUSED_AT_END = "(d.paused_at IS NOT NULL AND d.paused_at < :end)";
        /**
         * The due day has passed on the reference day (the period's last day, or today if
         * earlier); a paused dossier's clock stopped on the day of the pause.
         */
        static final String OVERDUE = "CASE WHEN " + PAUSED_AT_END + " THEN CAST(d.paused_at AS DATE) ELSE CAST(:refDay AS DATE) END"
                + " > CAST(d.due_at AS DATE)";

        /**
         * Received before the instant and neither resolved nor closed before it: still unfinished
         * (no resolution or closing date yet) or finished at or after the instant. Written as
         * three indexed alternatives so PostgreSQL reads only those rows.
         */
        static String pendingAt(String instant) {
            return "d.received_at < " + instant + " AND (" + DossierRecords.unfinished("d") + " OR d.resolved_at >= "
                    + instant + " OR d.closed_at >= " + instant + ")";
        }

        /** Closed in the given final status within the period. */
        static String closedInPeriod(DossierStatus status) {
            return DossierRecords.endedAs(status, "d") + " AND d.closed_at >= :start AND d.closed_at < :end";
        }

        private Conditions() {
        }
    }
}
