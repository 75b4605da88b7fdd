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
 * <p>Tests and the simulation move it; whoever keeps a second clock (the process
 * engine) registers a {@link Listener} so both always agree.
 */
@Component
public class ProvinceClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Told when the clock is moved, so that the engine's own clock follows. */
    public interface Listener {
        void clockMoved(Instant now, boolean fixed);
    }

    private volatile Clock clock = Clock.system(ZONE);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }

    /** Freezes the clock at the given province-local time. */
    public void setFixed(LocalDateTime provinceTime) {
        Instant instant = provinceTime.atZone(ZONE).toInstant();
        clock = Clock.fixed(instant, ZONE);
        listeners.forEach(l -> l.clockMoved(instant, true));
    }

    /** Back to the wall clock. */
    public void reset() {
        clock = Clock.system(ZONE);
        listeners.forEach(l -> l.clockMoved(clock.instant(), false));
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
