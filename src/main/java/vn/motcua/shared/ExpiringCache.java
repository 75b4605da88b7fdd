package vn.motcua.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import vn.motcua.shared.cluster.CacheGenerations.Generation;

/**
 * A small read-through cache for reference data that changes rarely (procedures, agencies,
 * the calendar). Entries expire after their time to live. A cache of data the application
 * itself changes is tied to a {@link Generation} in the database: {@link #invalidate()} bumps it
 * with the change, and every node compares it at most once per {@link #CHECK_EVERY}, so another
 * node's change is seen within that second instead of the whole time to live.
 */
public final class ExpiringCache<K, V> {

    /** How stale another node's committed change may be seen: one cheap primary-key read per second. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private record Entry<V>(V value, Instant expires) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Generation generation;
    private volatile Instant nextCheck = Instant.MIN;
    private volatile long seenGeneration = Long.MIN_VALUE;

    /** For data only migrations change: a node restart after a migration starts empty anyway. */
    public ExpiringCache(Duration timeToLive) {
        this(timeToLive, null);
    }

    public ExpiringCache(Duration timeToLive, Generation generation) {
        this.timeToLive = timeToLive;
        this.generation = generation;
    }

    public V get(K key, Function<K, V> load) {
        Instant now = Instant.now();
        if (generation != null && !now.isBefore(nextCheck)) {
            dropIfChangedElsewhere(now);
        }
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.expires().isBefore(now)) {
            entry = new Entry<>(load.apply(key), now.plus(timeToLive));
            entries.put(key, entry);
        }
        return entry.value();
    }

    private synchronized void dropIfChangedElsewhere(Instant now) {
        if (now.isBefore(nextCheck)) {
            return;
        }
        long current = generation.current();
        if (current != seenGeneration) {
            entries.clear();
            seenGeneration = current;
        }
        nextCheck = now.plus(CHECK_EVERY);
    }

    /**
     * The data changed: forget it here at once and, inside the changing transaction, tell the
     * other nodes. Entries a reader on this node loads before that transaction commits go at the
     * next check, since the generation it sees then differs from the one seen before.
     */
    public void invalidate() {
        if (generation != null) {
            generation.bump();
        }
        entries.clear();
    }
}
