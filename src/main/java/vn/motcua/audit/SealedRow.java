package vn.motcua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * An audit row exactly as stored, for sealing and verifying: every column as it is, NULLs
 * included, with nothing parsed that tampering could make unparseable.
 */
record SealedRow(long id, LocalDateTime occurredAt, String username, String dossierCode, String action,
                 String outcome, String detail, Long chainSeq, String hash, String sealKey, String nonce,
                 String entryMac) {

    static final String COLUMNS = AuditLog.COLUMNS + ", seal_key, nonce, entry_mac";

    static SealedRow map(ResultSet rs, int row) throws SQLException {
        return new SealedRow(rs.getLong("id"), rs.getObject("occurred_at", LocalDateTime.class),
                rs.getString("username"), rs.getString("dossier_code"), rs.getString("action"),
                rs.getString("outcome"), rs.getString("detail"), rs.getObject("chain_seq", Long.class),
                rs.getString("hash"), rs.getString("seal_key"), rs.getString("nonce"), rs.getString("entry_mac"));
    }

    SealedRow withEntry(String key, String newNonce, String mac) {
        return new SealedRow(id, occurredAt, username, dossierCode, action, outcome, detail, chainSeq, hash, key,
                newNonce, mac);
    }

    String entryText() {
        return ChainLink.entry(nonce, occurredAt, username, dossierCode, action, outcome, detail);
    }
}
