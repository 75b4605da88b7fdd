package vn.motcua.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProvinceClock;

/**
 * On the demo's first start (no dossier yet), a few hundred dossiers of history so that a
 * newcomer's reports are not empty: March–June 2025 on the old procedure versions (the
 * simplified ones enter into force on 1 July 2025), then the last three months up to now on
 * the current ones, with some dossiers still pending. Off with
 * {@code motcua.demo.history.enabled=false} (tests do).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "motcua.demo.history.enabled", havingValue = "true", matchIfMissing = true)
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final long SEED = 766;

    private final HistoryGenerator generator;
    private final JdbcClient jdbc;
    private final ProvinceClock clock;

    DemoHistory(HistoryGenerator generator, JdbcClient jdbc, ProvinceClock clock) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateOnFirstStart() {
        if (jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single() > 0) {
            return;
        }
        LocalDateTime now = clock.now();
        SimulationModel model = SimulationModel.commune();
        log.info("Generating demo history through the engine (a few hundred dossiers, a few minutes)…");
        HistoryGenerator.Result before = generator.generate(model, Roster.demo(), LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 31).atStartOfDay(), SEED, LogProgress.every(30));
        LocalDate recent = now.toLocalDate().minusMonths(3);
        HistoryGenerator.Result after = generator.generate(model, Roster.demo(), recent,
                now.toLocalDate().minusDays(1), now, SEED + 1, LogProgress.every(30));
        log.info("Demo history ready: {} dossiers on the 2021 versions, {} on the current ones ({} still pending, "
                        + "{} failed events); see /reports", before.received(), after.received(), after.pending(),
                before.failures() + after.failures());
    }
}
