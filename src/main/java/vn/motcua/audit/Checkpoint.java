package vn.motcua.audit;

import java.time.LocalDateTime;

/**
 * A signed statement that the chain reached position {@code chainSeq} with link {@code hash}
 * at {@code createdAt}. Whoever lacks the sealing key can delete one but not make one, and
 * copies kept outside the database (a file, the application log, an auditor's notes) outlive
 * any deletion from the table.
 */
public record Checkpoint(long chainSeq, String hash, LocalDateTime createdAt, String sealKey, String signature) {
}
