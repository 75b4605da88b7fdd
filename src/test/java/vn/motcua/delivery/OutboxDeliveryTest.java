package vn.motcua.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageRequest;
import vn.motcua.testing.DatabaseTest;

/**
 * The outbox and its sender against a real database (H2, then PostgreSQL where the claim is
 * {@code FOR UPDATE SKIP LOCKED} among real concurrent transactions). Each test uses a channel
 * of its own, sent by senders the test builds, so the application's own sender never touches it.
 */
@DatabaseTest
class OutboxDeliveryTest {

    private static final DeliveryProperties FAST = new DeliveryProperties(true, Duration.ofMillis(50), 5,
            Duration.ofMillis(100), Duration.ofMillis(400));

    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired WallClock clock;
    @Autowired DeliveryMetrics metrics;

    @Test
    void twoNodesSendEachMessageOnceAndEachKeyInOrder() throws Exception {
        String channel = "two-nodes";
        for (int i = 0; i < 30; i++) {
            for (int key = 0; key < 6; key++) {
                enqueue(channel, "key-" + key, "m" + i);
            }
        }
        Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        List<QueuedMessage> order = Collections.synchronizedList(new ArrayList<>());
        RecordingChannel destination = new RecordingChannel(channel, m -> {
            deliveries.computeIfAbsent(m.id(), id -> new AtomicInteger()).incrementAndGet();
            order.add(m);
            pause(2);
            return DeliveryResult.DELIVERED;
        });
        DeliverySender nodeA = sender(destination);
        DeliverySender nodeB = sender(destination);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        for (DeliverySender node : List.of(nodeA, nodeB)) {
            nodes.submit(() -> {
                start.await();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (outbox.count(channel, DeliveryStatus.SENT) < 180 && System.nanoTime() < deadline) {
                    node.drain(destination);
                }
                return null;
            });
        }
        start.countDown();
        nodes.shutdown();
        assertThat(nodes.awaitTermination(90, TimeUnit.SECONDS)).isTrue();

        assertThat(outbox.count(channel, DeliveryStatus.SENT)).isEqualTo(180);
        assertThat(deliveries).hasSize(180);
        assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).as("sent once").isEqualTo(1));
        for (int key = 0; key < 6; key++) {
            String k = "key-" + key;
            List<Long> ids = order.stream().filter(m -> m.orderingKey().equals(k)).map(QueuedMessage::id).toList();
            assertThat(ids).as("key %s in the order queued", k).isSorted().hasSize(30);
        }
    }

    @Test
    void aDestinationThatIsDownIsRetriedWithGrowingWaitsAndLosesNothing() {
        String channel = "down-then-up";
        enqueue(channel, "A", "1");
        enqueue(channel, "A", "2");
        enqueue(channel, "B", "1");
        AtomicInteger tries = new AtomicInteger();
        boolean[] up = {false};
        RecordingChannel destination = new RecordingChannel(channel, m -> {
            tries.incrementAndGet();
            return up[0] ? DeliveryResult.DELIVERED : DeliveryResult.retryLater("HTTP 503");
        });
        DeliverySender node = sender(destination);

        node.drain(destination);
        assertThat(tries.get()).as("the first failure ends the round").isEqualTo(1);
        QueuedMessage first = outbox.messagesOf(channel, "A").get(0);
        assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isEqualTo("HTTP 503");
        assertThat(first.nextAttemptAt()).isAfter(first.createdAt());
        node.drain(destination);
        assertThat(tries.get()).as("nothing is tried again before its back-off").isEqualTo(2);

        up[0] = true;
        long deadline = System.currentTimeMillis() + 10_000;
        while (outbox.count(channel, DeliveryStatus.SENT) < 3 && System.currentTimeMillis() < deadline) {
            node.drain(destination);
            pause(50);
        }
        assertThat(outbox.count(channel, DeliveryStatus.SENT)).isEqualTo(3);
        assertThat(outbox.count(channel, DeliveryStatus.PENDING)).isZero();
    }

    @Test
    void aNodeThatDiesWhileSendingLeavesItsMessageToTheNextNodeInOrder() {
        String channel = "node-dies";
        enqueue(channel, "A", "1");
        enqueue(channel, "A", "2");
        RecordingChannel dying = new RecordingChannel(channel, m -> {
            // what kill -9 leaves: the send may have reached the destination, the answer is never recorded
            throw new NodeDied();
        });
        assertThatThrownBy(() -> sender(dying).drain(dying)).isInstanceOf(NodeDied.class);
        assertThat(outbox.messagesOf(channel, "A")).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(m.attempts()).as("its transaction rolled back").isZero();
        });

        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        RecordingChannel destination = new RecordingChannel(channel, m -> {
            delivered.add(m.payload());
            return DeliveryResult.DELIVERED;
        });
        DeliverySender restarted = sender(destination);
        restarted.drain(destination);
        assertThat(delivered).as("sent again, then the next one, never the other way round").containsExactly("1", "2");
        assertThat(outbox.count(channel, DeliveryStatus.SENT)).isEqualTo(2);
    }

    @Test
    void backOffDoublesAndIsCapped() {
        DeliveryProperties p = new DeliveryProperties(true, Duration.ofSeconds(2), 20, Duration.ofSeconds(5),
                Duration.ofMinutes(10));
        assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.backoffAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(p.backoffAfter(8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(p.backoffAfter(10_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aRefusedMessageIsParkedHoldsBackItsKeyOnlyAndGoesOutWhenResent() {
        String channel = "refusal";
        enqueue(channel, "A", "bad");
        enqueue(channel, "A", "after");
        enqueue(channel, "B", "fine");
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        boolean[] fixed = {false};
        RecordingChannel destination = new RecordingChannel(channel, m -> {
            if (m.payload().equals("bad") && !fixed[0]) {
                return DeliveryResult.rejected("error_code 99: MaTTHC unknown");
            }
            delivered.add(m.orderingKey() + ":" + m.payload());
            return DeliveryResult.DELIVERED;
        });
        DeliverySender node = sender(destination);
        node.drain(destination);
        node.drain(destination);

        assertThat(delivered).as("the other key goes on; the refused one's later message waits").containsExactly("B:fine");
        QueuedMessage parked = outbox.list(channel, DeliveryStatus.FAILED, PageRequest.FIRST).items().get(0);
        assertThat(parked.payload()).isEqualTo("bad");
        assertThat(parked.lastError()).contains("error_code 99");
        assertThat(outbox.unacknowledged(channel, PageRequest.FIRST).items())
                .singleElement().satisfies(key -> {
                    assertThat(key.orderingKey()).isEqualTo("A");
                    assertThat(key.unsent()).isEqualTo(2);
                    assertThat(key.parked()).isTrue();
                });

        assertThatThrownBy(() -> outbox.resend(channel, outbox.messagesOf(channel, "B").get(0).id()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> outbox.resend(channel, -1)).isInstanceOf(NotFoundException.class);
        fixed[0] = true;
        outbox.resend(channel, parked.id());
        node.drain(destination);
        node.drain(destination);
        assertThat(delivered).containsExactly("B:fine", "A:bad", "A:after");
        assertThat(outbox.unacknowledged(channel, PageRequest.FIRST).total()).isZero();
    }

    @Test
    void aMessageIsQueuedOnlyInsideTheTransactionOfItsChange() {
        assertThatThrownBy(() -> outbox.enqueue("no-transaction", "A", "kind", "{}"))
                .isInstanceOf(IllegalTransactionStateException.class);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            outbox.enqueue("rolled-back", "A", "kind", "{}");
            status.setRollbackOnly();
        });
        assertThat(outbox.count("rolled-back", DeliveryStatus.PENDING)).as("gone with its change").isZero();
    }

    @Test
    void aDestinationNotConfiguredLeavesItsMessagesWaiting() {
        String channel = "not-configured";
        enqueue(channel, "A", "1");
        RecordingChannel destination = new RecordingChannel(channel, m -> DeliveryResult.DELIVERED) {
            @Override
            public boolean ready() {
                return false;
            }
        };
        new DeliverySender(jdbc, transactionManager, List.of(destination), FAST, clock, metrics).tick();
        assertThat(outbox.count(channel, DeliveryStatus.PENDING)).isEqualTo(1);
        assertThat(outbox.oldestPending(channel)).isPresent();
    }

    private void enqueue(String channel, String key, String payload) {
        new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> outbox.enqueue(channel, key, "test", payload));
    }

    private DeliverySender sender(DeliveryChannel destination) {
        return new DeliverySender(jdbc, transactionManager, List.of(destination), FAST, clock, metrics);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stands for the process vanishing: not an exception the sender handles. */
    private static final class NodeDied extends Error {
    }

    private static class RecordingChannel implements DeliveryChannel {
        private final String name;
        private final Function<QueuedMessage, DeliveryResult> answer;

        RecordingChannel(String name, Function<QueuedMessage, DeliveryResult> answer) {
            this.name = name;
            this.answer = answer;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean ready() {
            return true;
        }

        @Override
        public DeliveryResult deliver(QueuedMessage message) {
            return answer.apply(message);
        }
    }
}
