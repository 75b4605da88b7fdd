package vn.motcua.reporting.web;

import java.util.function.Function;

import vn.motcua.reporting.SlaFigure;
import vn.motcua.reporting.SlaFigures;

/**
 * The SLA report's columns in the order every view shows them (page, CSV, XLSX, PDF); the
 * name is the JSON field and the message key suffix ({@code report.sla.<name>}).
 */
public enum SlaColumn {
    CARRIED_OVER(SlaFigure.CARRIED_OVER),
    RECEIVED(SlaFigure.RECEIVED),
    RECEIVED_DESK(SlaFigure.RECEIVED_DESK),
    RECEIVED_ONLINE(SlaFigure.RECEIVED_ONLINE),
    RECEIVED_POST(SlaFigure.RECEIVED_POST),
    RESOLVED(SlaFigure.RESOLVED),
    EARLY(SlaFigure.EARLY),
    ON_TIME(SlaFigure.ON_TIME),
    LATE(SlaFigure.LATE),
    ON_TIME_RATE("onTimeRate", SlaFigures::onTimeRate),
    PENDING(SlaFigure.PENDING),
    PENDING_IN_TIME(SlaFigure.PENDING_IN_TIME),
    OVERDUE(SlaFigure.OVERDUE),
    WAITING_FOR_SUPPLEMENT(SlaFigure.WAITING_FOR_SUPPLEMENT),
    REFUSED(SlaFigure.REFUSED),
    NOT_ACCEPTED(SlaFigure.NOT_ACCEPTED),
    WITHDRAWN(SlaFigure.WITHDRAWN),
    STOPPED(SlaFigure.STOPPED),
    AVERAGE_WORKING_DAYS("averageWorkingDays", SlaFigures::averageWorkingDays),
    P90_WORKING_DAYS("p90WorkingDays", SlaFigures::p90WorkingDays);

    private final String name;
    private final Function<SlaFigures, Object> value;
    /** The figure behind a count, for its drill-down link; null for derived values. */
    private final SlaFigure figure;

    SlaColumn(SlaFigure figure) {
        this.name = figure.parameter();
        this.value = figure::of;
        this.figure = figure;
    }

    SlaColumn(String name, Function<SlaFigures, Object> value) {
        this.name = name;
        this.value = value;
        this.figure = null;
    }

    public String fieldName() {
        return name;
    }

    public String messageKey() {
        return "report.sla." + name;
    }

    /** The cell's value: a Long, a BigDecimal, or null when there is nothing to compute from. */
    public Object of(SlaFigures figures) {
        return value.apply(figures);
    }

    public SlaFigure figure() {
        return figure;
    }
}
