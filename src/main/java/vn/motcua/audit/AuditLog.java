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
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.ResultPage;

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
    /** How many records the export reads at a time, so it streams whatever the trail's length. */
    private static final int EXPORT_CHUNK = 5000;

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

    /**
     * One page of the records matching the query, newest first, and how many match: what auditors
     * read on the page and through the API. Two queries whatever the page: its rows and the count.
     */
    public ResultPage<AuditRecord> page(AuditQuery query, PageRequest page) {
        Filter filter = Filter.of(query);
        List<AuditRecord> records = jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE " + filter.condition()
                        + " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(filter.with(page.offset(), page.size())).query(AuditLog::map).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE " + filter.condition())
                .params(filter.params()).query(Long.class).single();
        return ResultPage.of(records, page, total);
    }

    /**
     * Records matching the query, oldest first, at most {@link #EXPORT_CHUNK} after {@code afterId}:
     * the export walks the whole trail this way without holding it in memory.
     */
    public List<AuditRecord> find(AuditQuery query, long afterId) {
        Filter filter = Filter.of(query);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE " + filter.condition()
                        + " AND id > ? ORDER BY id FETCH FIRST " + EXPORT_CHUNK + " ROWS ONLY")
                .params(filter.with(afterId)).query(AuditLog::map).list();
    }

    /** The query as a fixed SQL condition with its bind values; refuses what cannot match. */
    private record Filter(String condition, List<Object> params) {

        static Filter of(AuditQuery query) {
            if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
                throw new InvalidInputException("to", "error.audit.period");
            }
            StringBuilder condition = new StringBuilder("1 = 1");
            List<Object> params = new ArrayList<>();
            if (query.dossierCode() != null && !query.dossierCode().isBlank()) {
                condition.append(" AND dossier_code = ?");
                params.add(InputRules.required(query.dossierCode(), "dossier", 40));
            }
            if (query.username() != null && !query.username().isBlank()) {
                condition.append(" AND username = ?");
                params.add(InputRules.required(query.username(), "user", 100));
            }
            if (query.from() != null) {
                condition.append(" AND occurred_at >= ?");
                params.add(query.from().atStartOfDay());
            }
            if (query.to() != null) {
                condition.append(" AND occurred_at < ?");
                params.add(query.to().plusDays(1).atStartOfDay());
            }
            return new Filter(condition.toString(), List.copyOf(params));
        }

        List<Object> with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all;
        }
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
