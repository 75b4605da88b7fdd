package vn.motcua.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals audit records into the hash chain and verifies it.
 *
 * <p>Records are sealed shortly after they commit, not inside the audited transaction: a
 * chain link written in every dossier transaction would make all of them queue on the chain's
 * head. Sealing in the order rows become visible also means a rolled-back insert never leaves
 * a hole. The price is a window of a few seconds in which a fresh record is not yet sealed;
 * the verifier counts such records separately. {@link SealSchedule} seals every few seconds.
 */
@Service
public class AuditChain {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AuditChain(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Links every committed, unsealed record to the chain; returns how many it sealed. */
    @Transactional
    public int seal() {
        // the lock on the head row makes sealers on several nodes take turns
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
        int sealed = 0;
        List<AuditRecord> batch;
        do {
            batch = jdbc.sql("SELECT " + AuditLog.COLUMNS + " FROM audit_record WHERE chain_seq IS NULL"
                            + " ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")
                    .query(AuditLog::map).list();
            Object[][] links = new Object[batch.size()][];
            for (int i = 0; i < batch.size(); i++) {
                AuditRecord r = batch.get(i);
                long seq = head.seq() + 1;
                head = new Head(seq, ChainLink.hash(head.hash(), seq, r));
                links[i] = new Object[] {seq, head.hash(), r.id()};
            }
            jdbcTemplate.batchUpdate("UPDATE audit_record SET chain_seq = ?, hash = ? WHERE id = ?",
                    List.of(links));
            sealed += batch.size();
        } while (batch.size() == BATCH);
        if (sealed > 0) {
            jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                    .params(head.seq(), head.hash()).update();
        }
        return sealed;
    }

    /** Re-computes the whole chain from the first record and compares it with what is stored. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long unsealed = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE chain_seq IS NULL")
                .query(Long.class).single();
        ChainWalk walk = new ChainWalk();
        jdbcTemplate.query("SELECT " + AuditLog.COLUMNS + " FROM audit_record WHERE chain_seq IS NOT NULL"
                + " ORDER BY chain_seq", rs -> {
                    walk.step(AuditLog.map(rs, 0));
                });
        return walk.result(head, unsealed);
    }

    private record Head(long seq, String hash) {
    }

    /** Walks the sealed records in chain order and remembers the first link that does not hold. */
    private static final class ChainWalk {
        private long expectedSeq = 1;
        private String previousHash = ChainLink.GENESIS;
        private Long brokenAt;
        private String reason;

        void step(AuditRecord r) {
            if (brokenAt != null) {
                return;
            }
            if (r.chainSeq() != expectedSeq) {
                broken(expectedSeq, "missing");
            } else if (!ChainLink.hash(previousHash, expectedSeq, r).equals(r.hash())) {
                broken(expectedSeq, "altered");
            } else {
                previousHash = r.hash();
                expectedSeq++;
            }
        }

        private void broken(long seq, String why) {
            brokenAt = seq;
            reason = why;
        }

        ChainVerification result(Head head, long unsealed) {
            long checked = expectedSeq - 1;
            if (brokenAt == null && (checked != head.seq() || !previousHash.equals(head.hash()))) {
                // the chain ends before its recorded head: records at the end were deleted
                brokenAt = checked + 1;
                reason = "missing";
            }
            return new ChainVerification(brokenAt == null, checked, unsealed, brokenAt, reason);
        }
    }
}
