package vn.motcua.delivery;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox, on every node. Each round takes, per channel, the oldest unsent message of
 * each key that is due, locking the rows with {@code FOR UPDATE SKIP LOCKED}: another node skips
 * a key that is being sent and takes other keys, so a message goes out from one node at a time,
 * and a key's next message is not taken before the one before it is acknowledged. The lock is
 * held while the destination answers; a node that dies mid-send loses its connection, the
 * database drops the lock and rolls back, and another node sends the message again (destinations
 * treat a repeat as harmless). A message a destination is not ready for keeps waiting.
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    /** Rounds one tick may run back to back while there is work, so that one tick stays short. */
    private static final int ROUNDS_PER_TICK = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final List<DeliveryChannel> channels;
    private final DeliveryProperties properties;
    private final WallClock clock;
    private final DeliveryMetrics metrics;

    DeliverySender(JdbcClient jdbc, PlatformTransactionManager transactionManager, List<DeliveryChannel> channels,
                   DeliveryProperties properties, WallClock clock, DeliveryMetrics metrics) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.channels = List.copyOf(channels);
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${motcua.delivery.poll-interval:PT2S}",
            initialDelayString = "${motcua.delivery.poll-interval:PT2S}")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        for (DeliveryChannel channel : channels) {
            if (channel.ready()) {
                drain(channel);
            }
        }
    }

    /** Sends rounds of a channel's messages until none is due, the destination fails, or the tick's share is used. */
    void drain(DeliveryChannel channel) {
        for (int round = 0; round < ROUNDS_PER_TICK; round++) {
            Round result = transactions.execute(status -> sendRound(channel));
            if (result == null || result.taken() == 0 || result.destinationFailed()) {
                return;
            }
        }
    }

    private Round sendRound(DeliveryChannel channel) {
        List<QueuedMessage> taken = take(channel.name());
        for (QueuedMessage message : taken) {
            DeliveryResult result = deliver(channel, message);
            record(message, result);
            if (result.outcome() == DeliveryResult.Outcome.RETRY_LATER) {
                // the destination is down or busy: the rest of the batch waits for the next round
                return new Round(taken.size(), true);
            }
        }
        return new Round(taken.size(), false);
    }

    /**
     * Locks the oldest unsent message of each key whose turn has come. Then reads their status
     * once more: a row another node sent and committed while this query ran is dropped (H2 may
     * hand back the version its statement started from).
     */
    private List<QueuedMessage> take(String channel) {
        List<QueuedMessage> heads = jdbc.sql("SELECT " + Outbox.COLUMNS + " FROM delivery_message m "
                        + "WHERE m.channel = ? AND m.status = 'PENDING' AND m.next_attempt_at <= ? "
                        + "AND NOT EXISTS (SELECT 1 FROM delivery_message e WHERE e.channel = m.channel "
                        + "AND e.ordering_key = m.ordering_key AND e.status <> 'SENT' AND e.id < m.id) "
                        + "ORDER BY m.id FETCH FIRST " + properties.batchSize() + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .params(channel, clock.now()).query(Outbox::message).list();
        if (heads.isEmpty()) {
            return heads;
        }
        List<Long> stillPending = jdbc.sql("SELECT id FROM delivery_message WHERE status = 'PENDING' AND id IN (:ids)")
                .param("ids", heads.stream().map(QueuedMessage::id).toList()).query(Long.class).list();
        List<QueuedMessage> taken = new ArrayList<>(heads);
        taken.removeIf(m -> !stillPending.contains(m.id()));
        return taken;
    }

    private DeliveryResult deliver(DeliveryChannel channel, QueuedMessage message) {
        try {
            return channel.deliver(message);
        } catch (RuntimeException e) {
            log.warn("Delivery of message {} ({} {}) failed: {}", message.id(), message.channel(), message.kind(),
                    e.toString());
            return DeliveryResult.retryLater(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void record(QueuedMessage message, DeliveryResult result) {
        switch (result.outcome()) {
            case DELIVERED -> jdbc.sql("UPDATE delivery_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                    + "last_error = NULL WHERE id = ?").params(clock.now(), message.id()).update();
            case RETRY_LATER -> {
                int attempts = message.attempts() + 1;
                jdbc.sql("UPDATE delivery_message SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                        .params(attempts, clock.now().plus(properties.backoffAfter(attempts)),
                                Outbox.shortened(result.reason()), message.id())
                        .update();
            }
            case REJECTED -> {
                log.warn("Message {} ({} {} for {}) refused for good, parked: {}", message.id(), message.channel(),
                        message.kind(), message.orderingKey(), result.reason());
                jdbc.sql("UPDATE delivery_message SET status = 'FAILED', attempts = attempts + 1, last_error = ? "
                        + "WHERE id = ?").params(Outbox.shortened(result.reason()), message.id()).update();
            }
        }
        metrics.recorded(message.channel(), result.outcome());
    }

    private record Round(int taken, boolean destinationFailed) {
    }
}
