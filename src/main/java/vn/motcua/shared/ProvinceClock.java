package vn.motcua.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * The one clock of the application, in the province's zone (Asia/Ho_Chi_Minh)
 * whatever the server's zone. Every business time (receipt, due date, transitions)
 * is a {@link LocalDateTime} in that zone.
 *
 * <p>Tests move it for everyone ({@link #setFixed}). The demo history's generator moves it for
 * its own thread only ({@link #runAt}): a person served meanwhile, on another thread, is always
 * stamped with the wall clock (ADR 0012). Whoever keeps a second clock (the process engine)
 * reads this one and registers a {@link Listener} to be told when it moves.
 */
@Component
public class ProvinceClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Told when the clock is moved (for everyone or for one thread), so that the engine's clock follows. */
    public interface Listener {
        void clockMoved();
    }

    private volatile Clock clock = Clock.system(ZONE);
    /** A simulated time seen by one thread only, set for the length of {@link #runAt}. */
    private final ThreadLocal<Clock> threadClock = new ThreadLocal<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public LocalDateTime now() {
        return LocalDateTime.now(current());
    }

    public Instant instant() {
        return current().instant();
    }

    private Clock current() {
        Clock own = threadClock.get();
        return own != null ? own : clock;
    }

    /**
     * Runs {@code action} on the calling thread with the clock frozen at the given province-local
     * time for that thread only (and for the engine's work on it); every other thread keeps the
     * wall clock (or the time a test fixed).
     */
    public void runAt(LocalDateTime provinceTime, Runnable action) {
        Clock outer = threadClock.get();
        threadClock.set(Clock.fixed(provinceTime.atZone(ZONE).toInstant(), ZONE));
        listeners.forEach(Listener::clockMoved);
        try {
            action.run();
        } finally {
            if (outer == null) {
                threadClock.remove();
            } else {
                threadClock.set(outer);
            }
        }
    }

    /** Freezes the clock at the given province-local time, for every thread (tests). */
    public void setFixed(LocalDateTime provinceTime) {
        Instant instant = provinceTime.atZone(ZONE).toInstant();
        clock = Clock.fixed(instant, ZONE);
        listeners.forEach(Listener::clockMoved);
    }

    /** Back to the wall clock. */
    public void reset() {
        clock = Clock.system(ZONE);
        listeners.forEach(Listener::clockMoved);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZONE);
    }

    public static Date toDate(LocalDateTime provinceTime) {
        return provinceTime == null ? null : Date.from(provinceTime.atZone(ZONE).toInstant());
    }
}
