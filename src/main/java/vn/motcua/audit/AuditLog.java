package vn.motcua.audit;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/**
 * Writes and reads audit records. Writing joins the caller's transaction when there is one,
 * so the record of a change commits or rolls back with the change itself. Each record carries a
 * MAC under the current sealing key ({@link SealKeys}): the sealer links it later, and the
 * verifier tells a record the application wrote from one inserted straight into the table.
 */
@Service
public class AuditLog {

    static final String COLUMNS = "id, occurred_at, username, dossier_code, action, outcome, detail, chain_seq, hash";
    private static final int DETAIL_LENGTH = 2000;
    /** A page of the trail, not the whole table: exports page through it in the same order. */
    public static final int PAGE_SIZE = 5000;

    private static final SecureRandom NONCES = new SecureRandom();

    private final JdbcClient jdbc;
    private final ProvinceClock clock;
    private final SealKeys keys;

    AuditLog(JdbcClient jdbc, ProvinceClock clock, SealKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
    }

    public void record(String username, String dossierCode, String action, AuditOutcome outcome, String detail) {
        // millisecond precision survives every database's TIMESTAMP, so the MAC re-computes
        LocalDateTime now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        String text = truncate(detail);
        // a copy of a genuine row would carry a valid MAC: the unique nonce makes it a duplicate the table refuses
        String nonce = newNonce();
        String mac = keys.macWithCurrent(ChainLink.entry(nonce, now, username, dossierCode, action, outcome.name(),
                text));
        jdbc.sql("""
                        INSERT INTO audit_record (occurred_at, username, dossier_code, action, outcome, detail,
                                                  seal_key, nonce, entry_mac)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(now, username, dossierCode, action, outcome.name(), text, keys.currentId(), nonce, mac)
                .update();
    }

    static String newNonce() {
        byte[] bytes = new byte[16];
        NONCES.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
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
        // read as an object: a NULL sequence (not yet sealed) stays NULL whatever column was read last
        return new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
                rs.getString("username"), rs.getString("dossier_code"), rs.getString("action"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
                rs.getObject("chain_seq", Long.class), rs.getString("hash"));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
