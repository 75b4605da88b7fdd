package vn.motcua.shared.process;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;

/** Keeps the engine's clock (timers, task dates, history) on the application's one clock. */
@Component
class EngineClock implements ProvinceClock.Listener {

    EngineClock(ProvinceClock clock) {
        clock.addListener(this);
    }

    @Override
    public void clockMoved(java.time.Instant now, boolean fixed) {
        if (fixed) {
            ClockUtil.setCurrentTime(Date.from(now));
        } else {
            ClockUtil.reset();
        }
    }
}
