package vn.motcua.audit;

/**
 * The verdict on the audit chain: intact, or the first chain position that is {@code missing}
 * (a record deleted, or the tail cut back behind a signed checkpoint) or {@code altered} (a
 * record edited, emptied, or not written by the application). {@code latestCheckpoint} is the
 * newest signed head an intact chain reaches: what an auditor notes to check against later.
 */
public record ChainVerification(boolean intact, long sealedRecords, long unsealedRecords,
                                Long firstBrokenSeq, String problem, Checkpoint latestCheckpoint) {

    static ChainVerification intact(long sealed, long unsealed, Checkpoint latest) {
        return new ChainVerification(true, sealed, unsealed, null, null, latest);
    }

    static ChainVerification broken(long sealed, long unsealed, long at, String problem) {
        return new ChainVerification(false, sealed, unsealed, at, problem, null);
    }
}
