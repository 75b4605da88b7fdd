package vn.motcua.reporting;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;

/**
 * The dossiers behind one figure of the SLA report, a page at a time with the total, which is the
 * figure. Reads the live dossiers with the figure's fixed condition.
 */
@Service
public class SlaDossiers {

    private static final String FROM_WHERE = """
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

    /** One page of the figure's dossiers in the order they were received, and how many there are. */
    @Transactional(readOnly = true)
    public ResultPage<Line> page(SlaQuery query, SlaFigure figure, PageRequest page) {
        String where = FROM_WHERE + " (" + figure.condition() + ")";
        List<Line> lines = bound(jdbc.sql("""
                        SELECT d.code, d.procedure_code, d.agency_code, d.channel, d.status, d.received_at, d.due_at,
                               d.resolved_at, d.closed_at, d.timeliness, d.result
                        """ + where + " ORDER BY d.received_at, d.code OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY"),
                query)
                .param("offset", page.offset()).param("size", page.size())
                .query((rs, row) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class),
                        rs.getObject(8, LocalDateTime.class), rs.getObject(9, LocalDateTime.class),
                        rs.getString(10), rs.getString(11)))
                .list();
        long total = bound(jdbc.sql("SELECT COUNT(*) " + where), query).query(Long.class).single();
        return ResultPage.of(lines, page, total);
    }

    private JdbcClient.StatementSpec bound(JdbcClient.StatementSpec sql, SlaQuery query) {
        return sql.param("procedure", orEmpty(query.procedure())).param("agency", orEmpty(query.agency()))
                .param("channel", orEmpty(query.channel())).param("start", query.start()).param("end", query.end())
                .param("refDay", report.referenceDay(query));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
