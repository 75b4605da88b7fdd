package vn.motcua.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small read-through cache for reference data that changes rarely (procedures, agencies).
 * Entries expire so that a change made on another application node is seen within the TTL;
 * a change made on this node evicts at once.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;

    public ExpiringCache(Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    public V get(K key, Function<K, V> load) {
        Instant now = Instant.now();
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.expires().isBefore(now)) {
            entry = new Entry<>(load.apply(key), now.plus(timeToLive));
            entries.put(key, entry);
        }
        return entry.value();
    }

    public void clear() {
        entries.clear();
    }
}
