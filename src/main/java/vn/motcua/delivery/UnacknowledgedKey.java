package vn.motcua.delivery;

import java.time.LocalDateTime;

/**
 * An ordering key (a dossier) whose newest message the destination has not acknowledged: how
 * many wait, whether one is parked, and when the destination last acknowledged one of its messages.
 */
public record UnacknowledgedKey(String orderingKey, long unsent, boolean parked, LocalDateTime oldestUnsentAt,
                                LocalDateTime lastSentAt) {
}
