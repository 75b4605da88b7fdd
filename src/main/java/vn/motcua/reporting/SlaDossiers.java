package vn.motcua.reporting;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierRecords;

/**
 * The dossiers behind one figure of the SLA report: the whole list, never capped, so that
 * its length is the figure. Reads the live dossiers with the figure's fixed condition.
 */
@Service
public class SlaDossiers {

    private static final String SELECT = """
            SELECT d.code, d.procedure_code, d.agency_code, d.channel, d.status, d.received_at, d.due_at,
                   d.resolved_at, d.closed_at, d.timeliness, d.result
            FROM %s d
            WHERE (:procedure = '' OR d.procedure_code = :procedure) AND (:agency = '' OR d.agency_code = :agency)
              AND (:channel = '' OR d.channel = :channel) AND""".formatted(DossierRecords.VIEW);

    /** One line of a drill-down list. {@code status} is the national status code. */
    public record Line(String code, String procedureCode, String agencyCode, String channel, int status,
                       LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime resolvedAt,
                       LocalDateTime closedAt, String timeliness, String result) {
    }

    private final JdbcClient jdbc;
    private final SlaReport report;

    SlaDossiers(JdbcClient jdbc, SlaReport report) {
        this.jdbc = jdbc;
        this.report = report;
    }

    @Transactional(readOnly = true)
    public List<Line> of(SlaQuery query, SlaFigure figure) {
        return jdbc.sql(SELECT + " (" + figure.condition() + ") ORDER BY d.received_at, d.code")
                .param("procedure", orEmpty(query.procedure())).param("agency", orEmpty(query.agency()))
                .param("channel", orEmpty(query.channel())).param("start", query.start()).param("end", query.end())
                .param("refDay", report.referenceDay(query))
                .query((rs, row) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class),
                        rs.getObject(8, LocalDateTime.class), rs.getObject(9, LocalDateTime.class),
                        rs.getString(10), rs.getString(11)))
                .list();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
