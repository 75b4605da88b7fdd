package vn.motcua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/**
 * Writes and reads audit records. Writing joins the caller's transaction when there is one,
 * so the record of a change commits or rolls back with the change itself.
 */
@Service
public class AuditLog {

    static final String COLUMNS = "id, occurred_at, username, dossier_code, action, outcome, detail, chain_seq, hash";
    private static final int DETAIL_LENGTH = 2000;
    /** A page of the trail, not the whole table: exports page through it in the same order. */
    public static final int PAGE_SIZE = 5000;

    private final JdbcClient jdbc;
    private final ProvinceClock clock;

    AuditLog(JdbcClient jdbc, ProvinceClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String username, String dossierCode, String action, AuditOutcome outcome, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_record (occurred_at, username, dossier_code, action, outcome, detail)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                // millisecond precision survives every database's TIMESTAMP, so the hash re-computes
                .params(clock.now().truncatedTo(ChronoUnit.MILLIS), username, dossierCode, action,
                        outcome.name(), truncate(detail))
                .update();
    }

    /** Records matching the query, oldest first, at most {@link #PAGE_SIZE} after {@code afterId}. */
    public List<AuditRecord> find(AuditQuery query, long afterId) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "error.audit.period");
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_record WHERE id > ?");
        List<Object> params = new ArrayList<>(List.of(afterId));
        if (query.dossierCode() != null && !query.dossierCode().isBlank()) {
            sql.append(" AND dossier_code = ?");
            params.add(InputRules.required(query.dossierCode(), "dossier", 40));
        }
        if (query.username() != null && !query.username().isBlank()) {
            sql.append(" AND username = ?");
            params.add(InputRules.required(query.username(), "user", 100));
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(query.from().atStartOfDay());
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(query.to().plusDays(1).atStartOfDay());
        }
        sql.append(" ORDER BY id FETCH FIRST ").append(PAGE_SIZE).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::map).list();
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        long seq = rs.getLong("chain_seq");
        return new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
                rs.getString("username"), rs.getString("dossier_code"), rs.getString("action"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
                rs.wasNull() ? null : seq, rs.getString("hash"));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
