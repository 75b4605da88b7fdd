package vn.motcua.delivery;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox on /actuator/prometheus, per channel: its depth (pending, failed), the age of the
 * oldest pending message, and counters of messages sent and of failed tries (retried or parked).
 * The gauges ask the database when scraped, so every node reports the whole outbox.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry, Outbox outbox, List<DeliveryChannel> channels, WallClock clock) {
        this.registry = registry;
        for (DeliveryChannel channel : channels) {
            String name = channel.name();
            Gauge.builder("motcua.delivery.pending", () -> outbox.count(name, DeliveryStatus.PENDING))
                    .description("Messages waiting to be sent").tag("channel", name).register(registry);
            Gauge.builder("motcua.delivery.failed", () -> outbox.count(name, DeliveryStatus.FAILED))
                    .description("Messages refused by the destination and parked").tag("channel", name)
                    .register(registry);
            Gauge.builder("motcua.delivery.oldest.pending.age", () -> outbox.oldestPending(name)
                            .map(m -> Duration.between(m.createdAt(), clock.now()).toSeconds()).orElse(0L))
                    .description("Age of the oldest pending message").baseUnit("seconds").tag("channel", name)
                    .register(registry);
        }
    }

    void recorded(String channel, DeliveryResult.Outcome outcome) {
        if (outcome == DeliveryResult.Outcome.DELIVERED) {
            Counter.builder("motcua.delivery.sent").description("Messages the destination acknowledged")
                    .tag("channel", channel).register(registry).increment();
        } else {
            Counter.builder("motcua.delivery.send.failures").description("Tries that failed")
                    .tag("channel", channel)
                    .tag("outcome", outcome == DeliveryResult.Outcome.REJECTED ? "parked" : "retried")
                    .register(registry).increment();
        }
    }
}
