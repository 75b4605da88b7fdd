package vn.motcua.audit;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals audit records into the chain and verifies it.
 *
 * <p>Records are sealed shortly after they commit, not inside the audited transaction: a
 * chain link written in every dossier transaction would make all of them queue on the chain's
 * head. Sealing in the order rows become visible also means a rolled-back insert never leaves
 * a hole. The price is a window of a few seconds in which a fresh record is not yet sealed;
 * the verifier counts such records separately. {@link SealSchedule} seals every few seconds.
 *
 * <p>Links are HMACs under a key the database does not hold ({@link SealKeys}), and the head is
 * anchored outside the table by signed checkpoints ({@link AuditCheckpoints}): see ADR 0007.
 */
@Service
public class AuditChain {

    private static final int BATCH = 1000;
    /** A row that is neither sealed nor waiting to be: one of its seal columns was emptied by hand. */
    private static final String HALF_SEALED = "(chain_seq IS NULL) <> (hash IS NULL)";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ChainHead chainHead;
    private final SealKeys keys;
    private final AuditCheckpoints checkpoints;
    private final boolean adoptUnkeyedRecords;

    AuditChain(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ChainHead chainHead, SealKeys keys,
               AuditCheckpoints checkpoints,
               @Value("${motcua.audit.adopt-unkeyed-records:false}") boolean adoptUnkeyedRecords) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.chainHead = chainHead;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.adoptUnkeyedRecords = adoptUnkeyedRecords;
    }

    /** Links every committed, unsealed record to the chain; returns how many it sealed. */
    @Transactional
    public int seal() {
        ChainHead.Head head = chainHead.lock();
        String chainId = chainHead.ensureChainId();
        // Right after the upgrade to keyed seals the chain starts again (V45) and the operator may
        // let the application vouch for the records written before keys existed. Only the
        // configuration can allow it: a database-only attacker could empty the chain again.
        boolean adoptingOldRecords = adoptUnkeyedRecords && head.seq() == 0;
        int sealed = 0;
        List<SealedRow> batch;
        do {
            batch = jdbc.sql("SELECT " + SealedRow.COLUMNS + " FROM audit_record WHERE chain_seq IS NULL"
                            + " AND hash IS NULL ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")
                    .query(SealedRow::map).list();
            Object[][] links = new Object[batch.size()][];
            for (int i = 0; i < batch.size(); i++) {
                SealedRow r = batch.get(i);
                if (adoptingOldRecords && r.entryMac() == null) {
                    r = adopt(r);
                }
                // a forged row may name no key or an unknown one: its link then uses the current key,
                // and its entry MAC still fails
                String key = keys.knows(r.sealKey()) ? r.sealKey() : keys.currentId();
                long seq = head.seq() + 1;
                String previous = seq == 1 ? genesis(key, chainId) : head.hash();
                head = new ChainHead.Head(seq, keys.mac(key, ChainLink.link(previous, seq, r)).orElseThrow());
                links[i] = new Object[] {seq, head.hash(), key, r.nonce(), r.entryMac(), r.id()};
            }
            jdbcTemplate.batchUpdate("UPDATE audit_record SET chain_seq = ?, hash = ?, seal_key = ?, nonce = ?,"
                    + " entry_mac = ? WHERE id = ?", List.of(links));
            sealed += batch.size();
        } while (batch.size() == BATCH);
        if (sealed > 0) {
            chainHead.advance(head);
        }
        return sealed;
    }

    private SealedRow adopt(SealedRow r) {
        String nonce = AuditLog.newNonce();
        SealedRow vouched = r.withEntry(keys.currentId(), nonce, null);
        return vouched.withEntry(keys.currentId(), nonce, keys.macWithCurrent(vouched.entryText()));
    }

    private String genesis(String key, String chainId) {
        return keys.mac(key, ChainLink.genesis(chainId)).orElseThrow();
    }

    /**
     * Re-computes the whole chain from the first record and compares it with what is stored,
     * with the head the table records and with every checkpoint this node knows.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        ChainHead.Head head = chainHead.read();
        String chainId = chainHead.chainId();
        long unsealed = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE chain_seq IS NULL AND hash IS NULL")
                .query(Long.class).single();
        ChainWalk walk = new ChainWalk(chainId);
        for (Checkpoint c : checkpoints.known()) {
            if (!checkpoints.genuine(chainId, c)) {
                // not signed by us for this chain: forged in the table, or the chain was replaced
                return ChainVerification.broken(0, unsealed, c.chainSeq(), "altered");
            }
            walk.expect(c.chainSeq(), c.hash());
        }
        jdbcTemplate.query("SELECT " + SealedRow.COLUMNS + " FROM audit_record WHERE chain_seq IS NOT NULL"
                + " ORDER BY chain_seq", rs -> {
                    walk.step(SealedRow.map(rs, 0));
                });
        boolean halfSealed = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE " + HALF_SEALED)
                .query(Long.class).single() > 0;
        return walk.result(head, unsealed, halfSealed, checkpoints.latest().orElse(null));
    }

    /** Walks the sealed records in chain order and remembers the first link that does not hold. */
    private final class ChainWalk {
        private final String chainId;
        private final NavigableMap<Long, String> checkpointed = new TreeMap<>();
        private long expectedSeq = 1;
        private String previousHash;
        private Long brokenAt;
        private String reason;

        ChainWalk(String chainId) {
            this.chainId = chainId;
        }

        void expect(long seq, String hash) {
            checkpointed.put(seq, hash);
        }

        void step(SealedRow r) {
            if (brokenAt != null) {
                return;
            }
            if (r.chainSeq() != expectedSeq) {
                broken(expectedSeq, "missing");
            } else if (!holds(r)) {
                broken(expectedSeq, "altered");
            } else if (checkpointed.containsKey(expectedSeq) && !checkpointed.get(expectedSeq).equals(r.hash())) {
                // a valid chain, but not the one that was signed: rebuilt from here on
                broken(expectedSeq, "altered");
            } else {
                previousHash = r.hash();
                expectedSeq++;
            }
        }

        /** The application wrote the record (entry MAC) and sealed it at this place (link). */
        private boolean holds(SealedRow r) {
            String previous = expectedSeq == 1 ? keys.mac(r.sealKey(), ChainLink.genesis(chainId)).orElse(null)
                    : previousHash;
            boolean written = keys.mac(r.sealKey(), r.entryText()).filter(mac -> mac.equals(r.entryMac())).isPresent();
            boolean linked = previous != null && keys.mac(r.sealKey(), ChainLink.link(previous, expectedSeq, r))
                    .filter(mac -> mac.equals(r.hash())).isPresent();
            return written && linked;
        }

        private void broken(long seq, String why) {
            brokenAt = seq;
            reason = why;
        }

        ChainVerification result(ChainHead.Head head, long unsealed, boolean halfSealed, Checkpoint latest) {
            long checked = expectedSeq - 1;
            if (brokenAt == null && (checked != head.seq() || (checked > 0 && !previousHash.equals(head.hash())))) {
                // the chain ends before its recorded head: records at the end were deleted
                broken(checked + 1, "missing");
            }
            if (brokenAt == null && !checkpointed.isEmpty() && checkpointed.lastKey() > checked) {
                // the chain ends before a position it was signed to have reached: the tail was cut, the head rewound
                broken(checked + 1, "missing");
            }
            if (halfSealed && "missing".equals(reason)) {
                // the "missing" record is still there with its position emptied
                reason = "altered";
            }
            return brokenAt == null ? ChainVerification.intact(checked, unsealed, latest)
                    : ChainVerification.broken(checked, unsealed, brokenAt, reason);
        }
    }
}
