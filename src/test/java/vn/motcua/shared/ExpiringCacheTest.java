package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.cluster.CacheGenerations;

/** A cache tied to a generation counter sees another node's change within a second, not its TTL. */
class ExpiringCacheTest {

    /** The database's counter, as every node sees it. */
    static final class SharedCounter implements CacheGenerations.Generation {
        long value;

        @Override
        public long current() {
            return value;
        }

        @Override
        public void bump() {
            value++;
        }
    }

    final SharedCounter counter = new SharedCounter();
    final AtomicInteger loads = new AtomicInteger();
    final ExpiringCache<String, Integer> cache = new ExpiringCache<>(Duration.ofHours(1), counter);

    int read() {
        return cache.get("procedure", key -> loads.incrementAndGet());
    }

    @Test
    void aChangeCommittedByAnotherNodeIsSeenAtTheNextCheckNotAfterTheTimeToLive() throws Exception {
        assertThat(read()).isEqualTo(1);
        assertThat(read()).as("cached").isEqualTo(1);
        counter.bump(); // another node changed the data
        Thread.sleep(ExpiringCache.CHECK_EVERY.toMillis() + 100);
        assertThat(read()).as("reloaded").isEqualTo(2);
        assertThat(read()).isEqualTo(2);
    }

    @Test
    void invalidatingOnThisNodeForgetsAtOnceAndTellsTheOthers() {
        read();
        cache.invalidate();
        assertThat(counter.current()).isEqualTo(1);
        assertThat(read()).isEqualTo(2);
    }
}
