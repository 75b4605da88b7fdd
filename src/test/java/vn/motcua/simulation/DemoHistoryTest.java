package vn.motcua.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierRecords;
import vn.motcua.shared.ProvinceClock;

/**
 * The first start's demo history does not hold the node back: it starts once the node is ready,
 * on a thread of its own, with the engine's timers held until it is done.
 */
class DemoHistoryTest {

    private final HistoryGenerator generator = mock(HistoryGenerator.class);
    private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
    private final CountDownLatch generating = new CountDownLatch(1);
    private final CountDownLatch mayFinish = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicBoolean timersHeldMeanwhile = new AtomicBoolean();
    private final AtomicBoolean timersHeld = new AtomicBoolean();

    private final EngineTimers timers = work -> {
        timersHeld.set(true);
        work.run();
        timersHeld.set(false);
        finished.countDown();
    };

    @Test
    void theNodeIsReadyWhileTheHistoryIsGeneratedOnAThreadOfItsOwnWithTheTimersHeld() throws Exception {
        when(jdbc.sql("SELECT COUNT(*) FROM " + DossierRecords.VIEW).query(Long.class).single()).thenReturn(0L);
        when(generator.generate(any(), any(), any(), any(), any(), anyLong(), any())).thenAnswer(call -> {
            timersHeldMeanwhile.set(timersHeld.get());
            generating.countDown();
            assertThat(mayFinish.await(10, TimeUnit.SECONDS)).isTrue();
            return new HistoryGenerator.Result(1, 1, 0, 0, 0, Duration.ofSeconds(1));
        });
        DemoHistory history = new DemoHistory(generator, jdbc, new ProvinceClock(), timers);

        history.generateOnFirstStart(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(generating.await(10, TimeUnit.SECONDS)).as("generating on another thread").isTrue();
        assertThat(timersHeldMeanwhile).as("the engine's timers held meanwhile").isTrue();
        mayFinish.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(timersHeld).as("released afterwards").isFalse();
    }

    @Test
    void nothingIsGeneratedBeforeTheNodeIsReadyNorOnADatabaseWithDossiers() throws Exception {
        DemoHistory history = new DemoHistory(generator, jdbc, new ProvinceClock(), timers);
        when(jdbc.sql("SELECT COUNT(*) FROM " + DossierRecords.VIEW).query(Long.class).single()).thenReturn(0L);
        history.generateOnFirstStart(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        when(jdbc.sql("SELECT COUNT(*) FROM " + DossierRecords.VIEW).query(Long.class).single()).thenReturn(3L);
        history.generateOnFirstStart(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(finished.await(1, TimeUnit.SECONDS)).as("no generation started").isFalse();
    }
}
