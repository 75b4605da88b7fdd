package vn.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links a record to the one before it: SHA-256 over the previous hash, the
 * record's place in the chain and every field an auditor relies on. Fields are separated by
 * a unit separator that our inputs cannot contain, so two different records never hash
 * the same text.
 */
final class ChainLink {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private ChainLink() {
    }

    static String hash(String previousHash, long chainSeq, AuditRecord r) {
        String text = String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(chainSeq),
                Long.toString(r.id()), r.occurredAt().toString(), r.username(), nullToEmpty(r.dossierCode()),
                r.action(), r.outcome().name(), nullToEmpty(r.detail()));
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
