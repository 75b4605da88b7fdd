package vn.motcua.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The end of the chain as the table records it, and the chain's identity. The identity is
 * drawn at the first use of a new chain (a migration cannot draw the same random value on
 * every database) and enters the first link, so it cannot be changed unnoticed.
 */
@Component
class ChainHead {

    record Head(long seq, String hash) {
    }

    private final JdbcClient jdbc;

    ChainHead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head row: sealers and checkpoint writers on several nodes take turns. */
    Head lock() {
        return read(" FOR UPDATE");
    }

    Head read() {
        return read("");
    }

    private Head read(String lock) {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1" + lock)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    void advance(Head head) {
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(head.seq(), head.hash()).update();
    }

    /** The chain's identity, null before anything was sealed (or after tampering, which the first link exposes). */
    String chainId() {
        return jdbc.sql("SELECT chain_id FROM audit_chain_head WHERE id = 1").query(String.class).optional()
                .orElse(null);
    }

    /** The chain's identity, drawn now if the chain has none yet; call with the head locked. */
    String ensureChainId() {
        String id = chainId();
        if (id == null) {
            id = AuditLog.newNonce();
            jdbc.sql("UPDATE audit_chain_head SET chain_id = ? WHERE id = 1").param(id).update();
        }
        return id;
    }
}
