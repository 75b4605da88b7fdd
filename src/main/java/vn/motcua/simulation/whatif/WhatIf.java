package vn.motcua.simulation.whatif;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.procedure.ModelOutline;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcessModels;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * The what-if comparison: the same arrivals of dossiers run through the version in force (the
 * baseline) and through a candidate model, each on its own simulation engine run, on the real
 * working calendar. Dossiers are simulated at the agency that received most of the procedure's,
 * at that agency's own arrival rate (its clerks serve the queues). Reads the live catalogue and
 * history; writes nothing anywhere live.
 */
@Service
public class WhatIf {

    private final SimulationEngine.Factory engines;
    private final ProcedureCatalog catalog;
    private final ProcessModels models;
    private final WhatIfHistory history;
    private final WorkingCalendar calendar;
    private final AgencyDirectory agencies;
    private final ProvinceClock clock;

    WhatIf(SimulationEngine.Factory engines, ProcedureCatalog catalog, ProcessModels models, WhatIfHistory history,
           WorkingCalendar calendar, AgencyDirectory agencies, ProvinceClock clock) {
        this.engines = engines;
        this.catalog = catalog;
        this.models = models;
        this.history = history;
        this.calendar = calendar;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The procedure's model files to compare, with the labels the result shows. */
    public record Models(byte[] baseline, String baselineLabel, byte[] candidate, String candidateLabel) {
    }

    /**
     * Runs the comparison; {@code resolved} hears the number of dossiers resolved so far over both
     * models, and the run stops (answering empty) once {@code cancelled} says so.
     */
    public Optional<WhatIfResult> compare(String procedureCode, Models compared, WhatIfSettings settings,
                                          IntConsumer resolved, BooleanSupplier cancelled) {
        Procedure procedure = catalog.find(procedureCode)
                .orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", procedureCode));
        String agency = history.busiestAgency(procedure.code()).orElseGet(() -> firstAgencyReceiving(procedure));
        Optional<Double> historicalRate = history.arrivalsPerWorkingDay(procedure.code(), agency);
        double rate = Optional.ofNullable(settings.arrivalsPerWorkingDay()).or(() -> historicalRate).orElse(4.0);
        if (!WhatIfSettings.isRate(rate)) {
            throw new InvalidInputException("arrivalsPerWorkingDay", "error.whatif.rate");
        }
        List<LocalDateTime> arrivals = arrivals(agency, rate, settings.dossiers());
        ServiceHistory serviceHistory = history.serviceTimes(procedure.code());

        ModelOutline baselineOutline = models.outline(compared.baseline());
        ModelOutline candidateOutline = models.outline(compared.candidate());
        int baselineDays = Optional.ofNullable(baselineOutline.statutoryWorkingDays()).orElse(0);
        int candidateDays = Optional.ofNullable(candidateOutline.statutoryWorkingDays()).orElse(baselineDays);

        int[] done = new int[2];
        try (SimulationEngine engine = engines.open(List.of(compared.baseline(), compared.candidate()))) {
            List<WhatIfResult.ModelResult> results = new ArrayList<>();
            int[] days = {baselineDays, candidateDays};
            for (int model = 0; model < 2; model++) {
                int index = model;
                ServiceTimes times = new ServiceTimes(settings.serviceMinutes(),
                        serviceHistory.forModel(stepIds(model == 0 ? baselineOutline : candidateOutline)),
                        engine.stepAllotments(model), settings.variability());
                QueueSimulation simulation = new QueueSimulation(engine, model, calendar, agency, times,
                        settings.clerksPerGroup(), settings.seed());
                WhatIfResult.ModelResult result = simulation.run(arrivals, days[model], count -> {
                    done[index] = count;
                    resolved.accept(done[0] + done[1]);
                }, cancelled);
                if (result == null) {
                    return Optional.empty();
                }
                results.add(result);
            }
            return Optional.of(new WhatIfResult(compared.baselineLabel(), compared.candidateLabel(), results.get(0),
                    results.get(1), new WhatIfResult.Inputs(agency, rate, settings.arrivalsPerWorkingDay() == null
                    && historicalRate.isPresent(), settings.dossiers(), settings.clerksPerGroup(),
                    settings.variability())));
        }
    }

    /** Evenly spaced in working time from the next working moment (a steady arrival rate). */
    private List<LocalDateTime> arrivals(String agency, double perWorkingDay, int count) {
        LocalDateTime first = calendar.countFrom(agency, clock.now());
        double gapMinutes = WorkingCalendar.WORKING_DAY.toMinutes() / perWorkingDay;
        List<LocalDateTime> arrivals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            arrivals.add(calendar.plusWorkingTime(agency, first, Duration.ofSeconds(Math.round(i * gapMinutes * 60))));
        }
        return arrivals;
    }

    private static Set<String> stepIds(ModelOutline outline) {
        return outline.steps().stream().map(ModelOutline.Step::id).collect(Collectors.toSet());
    }

    private String firstAgencyReceiving(Procedure procedure) {
        return agencies.all().stream().filter(a -> a.kind() == procedure.receivingLevel()).findFirst()
                .or(() -> agencies.all().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("no agency")).code();
    }
}
