package vn.motcua.delivery;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;

/**
 * The real time in the province, deliberately not {@link ProvinceClock}: when a message was
 * queued, tried and sent are facts about the outbox, not business times a test or the demo's
 * history generator may move.
 */
@Component
class WallClock {

    private final Clock clock = Clock.system(ProvinceClock.ZONE);

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
