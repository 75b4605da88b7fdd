package vn.motcua.audit;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts the seals are computed over. Fields are separated by a unit separator that our
 * inputs cannot contain, so two different records never give the same text; a NULL becomes
 * the empty text rather than failing, so a tampered row is reported, never crashes the check.
 *
 * <ul>
 * <li>the entry text: what the application wrote, MAC'd at insert time;</li>
 * <li>the link text: the previous link, the record's place in the chain and the record;</li>
 * <li>the genesis text: where this chain starts (its id), so a chain cannot be swapped for another;</li>
 * <li>the checkpoint text: a position and its link, at a time.</li>
 * </ul>
 */
final class ChainLink {

    private static final String SEPARATOR = "\u001f";

    private ChainLink() {
    }

    static String entry(String nonce, LocalDateTime occurredAt, String username, String dossierCode, String action,
                        String outcome, String detail) {
        return join("entry", nonce, occurredAt, username, dossierCode, action, outcome, detail);
    }

    static String link(String previousHash, long chainSeq, SealedRow r) {
        return join("link", previousHash, chainSeq, r.id(), r.occurredAt(), r.username(), r.dossierCode(), r.action(),
                r.outcome(), r.detail(), r.entryMac());
    }

    static String genesis(String chainId) {
        return join("genesis", chainId);
    }

    static String checkpoint(String chainId, long chainSeq, String hash, LocalDateTime createdAt) {
        return join("checkpoint", chainId, chainSeq, hash, createdAt);
    }

    private static String join(Object... parts) {
        return Stream.of(parts).map(part -> Objects.toString(part, "")).collect(Collectors.joining(SEPARATOR));
    }
}
