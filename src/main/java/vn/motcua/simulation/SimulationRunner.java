package vn.motcua.simulation;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Large volumes through the engine, from the command line (profile "simulation", with the demo
 * accounts), then exits: e.g.
 * {@code mvn spring-boot:run -Dspring-boot.run.profiles=postgres,demo,simulation
 * -Dspring-boot.run.arguments="--motcua.simulation.from=2025-01-01 --motcua.simulation.to=2025-12-31
 * --motcua.simulation.scale=20"}. Progress and throughput go to the log.
 */
@Component
@Profile("simulation")
class SimulationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

    private final HistoryGenerator generator;
    private final ApplicationContext context;
    private final LocalDate from;
    private final LocalDate to;
    private final double scale;
    private final long seed;

    SimulationRunner(HistoryGenerator generator, ApplicationContext context,
                     @Value("${motcua.simulation.from}") LocalDate from, @Value("${motcua.simulation.to}") LocalDate to,
                     @Value("${motcua.simulation.scale:1}") double scale, @Value("${motcua.simulation.seed:1}") long seed) {
        this.generator = generator;
        this.context = context;
        this.from = from;
        this.to = to;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        SimulationModel commune = SimulationModel.commune();
        SimulationModel model = new SimulationModel(commune.arrivals().scaled(scale), commune.serviceTimes(),
                commune.fates());
        log.info("Simulating {} to {} at {} dossiers per working day", from, to,
                String.format("%.1f", model.arrivals().totalPerWorkingDay()));
        HistoryGenerator.Result result = generator.generate(model, Roster.demo(), from, to,
                to.plusMonths(2).atStartOfDay(), seed, LogProgress.every(7));
        log.info("Simulated {} dossiers ({} resolved, {} closed, {} pending, {} failed events) in {} s: {} dossiers/s",
                result.received(), result.resolved(), result.closed(), result.pending(), result.failures(),
                result.took().toSeconds(), String.format("%.1f", result.dossiersPerSecond()));
        System.exit(SpringApplication.exit(context, () -> result.failures() == 0 ? 0 : 1));
    }
}
