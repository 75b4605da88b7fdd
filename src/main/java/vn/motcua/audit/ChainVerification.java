package vn.motcua.audit;

/**
 * The verdict on the audit chain: intact, or the first chain position that is
 * {@code missing} (a record deleted) or {@code altered} (a record edited).
 */
public record ChainVerification(boolean intact, long sealedRecords, long unsealedRecords,
                                Long firstBrokenSeq, String problem) {
}
