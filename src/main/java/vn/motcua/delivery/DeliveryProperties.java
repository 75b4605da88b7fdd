package vn.motcua.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender's settings ({@code motcua.delivery.*}).
 *
 * @param enabled      whether this node sends at all (messages are queued either way)
 * @param pollInterval pause between two looks at the outbox when the last found nothing to do
 * @param batchSize    messages (of distinct keys) one node takes at a time, each its own key's oldest
 * @param backoffBase  wait after a message's first failed try; doubled after each further one
 * @param backoffCap   longest wait between two tries: a destination back after a long outage is
 *                     reached again within this time
 */
@ConfigurationProperties("motcua.delivery")
record DeliveryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT2S") Duration pollInterval,
                          @DefaultValue("20") int batchSize, @DefaultValue("PT5S") Duration backoffBase,
                          @DefaultValue("PT10M") Duration backoffCap) {

    /** The wait before the next try of a message that has failed {@code attempts} times (at least once). */
    Duration backoffAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffCap) > 0 ? backoffCap : wait;
    }
}
