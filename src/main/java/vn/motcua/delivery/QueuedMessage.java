package vn.motcua.delivery;

import java.time.LocalDateTime;

/** A message of the outbox as stored; times are the province's wall clock. */
public record QueuedMessage(long id, String channel, String kind, String orderingKey, String payload,
                            DeliveryStatus status, int attempts, LocalDateTime createdAt,
                            LocalDateTime nextAttemptAt, LocalDateTime sentAt, String lastError) {
}
