package vn.motcua.shared.process;

import org.joda.time.DateTimeUtils;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;

/**
 * Keeps the engine's clock (timers, task dates, history) on the application's one clock. The
 * engine reads its time through {@code ClockUtil}, which asks Joda-Time's {@link DateTimeUtils}
 * (Camunda 7.24): with Joda's millis provider reading the {@link ProvinceClock}, the engine sees
 * exactly what our code sees on the same thread, a thread's own simulated time included, and
 * never moves for anyone else (ADR 0012).
 */
@Component
class EngineClock implements ProvinceClock.Listener {

    private final DateTimeUtils.MillisProvider provinceTime;

    EngineClock(ProvinceClock clock) {
        this.provinceTime = () -> clock.instant().toEpochMilli();
        DateTimeUtils.setCurrentMillisProvider(provinceTime);
        clock.addListener(this);
    }

    /** Points the engine at our clock again, should anything have set its clock directly (Camunda's test helpers do). */
    @Override
    public void clockMoved() {
        DateTimeUtils.setCurrentMillisProvider(provinceTime);
    }
}
