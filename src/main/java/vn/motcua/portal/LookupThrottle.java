package vn.motcua.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;

/**
 * Slows down guessing at the public lookup: after {@value #FREE_MISSES} misses from one client
 * within the window, further lookups are refused until the window has passed. Misses are
 * counted per client address in memory (per node; enough to make guessing codes impractical).
 */
@Component
public class LookupThrottle {

    static final int FREE_MISSES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private record Misses(int count, Instant since) {
    }

    private final Map<String, Misses> missesByClient = new ConcurrentHashMap<>();
    private final ProvinceClock clock;

    LookupThrottle(ProvinceClock clock) {
        this.clock = clock;
    }

    /** How long the client must wait before its next lookup, or zero. */
    public Duration waitFor(String client) {
        Misses misses = current(client);
        if (misses == null || misses.count() < FREE_MISSES) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), misses.since().plus(WINDOW));
    }

    public void recordMiss(String client) {
        if (missesByClient.size() > MAX_TRACKED_CLIENTS) {
            missesByClient.clear();
        }
        Instant now = clock.instant();
        missesByClient.merge(client, new Misses(1, now), (old, one) -> expired(old, now)
                ? one : new Misses(old.count() + 1, old.since()));
    }

    private Misses current(String client) {
        Misses misses = missesByClient.get(client);
        if (misses != null && expired(misses, clock.instant())) {
            missesByClient.remove(client, misses);
            return null;
        }
        return misses;
    }

    private static boolean expired(Misses misses, Instant now) {
        return !misses.since().plus(WINDOW).isAfter(now);
    }
}
