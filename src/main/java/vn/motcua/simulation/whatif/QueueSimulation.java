package vn.motcua.simulation.whatif;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import vn.motcua.deadline.StatutoryTime;
import vn.motcua.deadline.WorkingCalendar;

/**
 * A discrete-event simulation of one model: dossiers arrive at a steady rate in working time,
 * the engine says which steps open, each step waits in its group's queue for a free clerk and
 * takes its service time; every date is computed on the real working calendar (office hours,
 * weekends, holidays, compensation days) of the receiving agency. Only the normal way on is
 * taken (every decision "approve").
 */
final class QueueSimulation {

    private record Event(LocalDateTime at, long order, int dossier, SimulationEngine.OpenStep step) {
    }

    private record Waiting(int dossier, SimulationEngine.OpenStep step, LocalDateTime since) {
    }

    private static final class StepTally {
        final String name;
        final String group;
        int count;
        long waitingMinutes;
        long serviceMinutes;

        StepTally(String name, String group) {
            this.name = name;
            this.group = group;
        }
    }

    private final SimulationEngine engine;
    private final int model;
    private final WorkingCalendar calendar;
    private final String agency;
    private final ServiceTimes serviceTimes;
    private final int clerksPerGroup;
    private final Random random;
    /** Draws the replayed dossiers apart from the rest, so both models replay the same ones in turn. */
    private final Random replayed;

    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparing(Event::at).thenComparing(Event::order));
    private final Map<String, Deque<Waiting>> queues = new HashMap<>();
    private final Map<String, Integer> busyClerks = new HashMap<>();
    private final Map<String, StepTally> steps = new LinkedHashMap<>();
    private final Map<Integer, String> instances = new HashMap<>();
    /** The historical dossier whose service times each simulated dossier replays. */
    private final Map<Integer, Map<String, Long>> profiles = new HashMap<>();
    /** Steps already queued or in service: a parallel branch's other steps stay open meanwhile. */
    private final java.util.Set<String> seenTasks = new java.util.HashSet<>();
    private long order;

    QueueSimulation(SimulationEngine engine, int model, WorkingCalendar calendar, String agency,
                    ServiceTimes serviceTimes, int clerksPerGroup, long seed) {
        this.engine = engine;
        this.model = model;
        this.calendar = calendar;
        this.agency = agency;
        this.serviceTimes = serviceTimes;
        this.clerksPerGroup = clerksPerGroup;
        this.random = new Random(seed);
        this.replayed = new Random(seed + 1);
    }

    /**
     * Runs the arrivals to the end and answers the model's result; reports each resolved dossier
     * and stops early (answering null) once {@code cancelled} says so.
     */
    WhatIfResult.ModelResult run(List<LocalDateTime> arrivals, int statutoryWorkingDays, IntConsumer resolved,
                                 BooleanSupplier cancelled) {
        for (int dossier = 0; dossier < arrivals.size(); dossier++) {
            events.add(new Event(arrivals.get(dossier), order++, dossier, null));
        }
        List<Long> workingMinutes = new ArrayList<>();
        int onTime = 0;
        while (!events.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            Event event = events.poll();
            if (event.step() == null) {
                instances.put(event.dossier(), engine.start(model, "whatif-" + event.dossier(), agency));
                profiles.put(event.dossier(), serviceTimes.profile(replayed));
            } else {
                engine.complete(event.step().taskId());
                busyClerks.merge(event.step().group(), -1, Integer::sum);
            }
            String instance = instances.get(event.dossier());
            if (engine.ended(instance)) {
                LocalDateTime arrival = arrivals.get(event.dossier());
                workingMinutes.add(calendar.workingTimeBetween(agency, arrival, event.at()).toMinutes());
                LocalDateTime due = calendar.dueDate(agency, arrival, StatutoryTime.workingDays(statutoryWorkingDays))
                        .dueAt();
                onTime += event.at().isAfter(due) ? 0 : 1;
                resolved.accept(workingMinutes.size());
            } else {
                queueNewSteps(event, instance);
            }
            dispatch(event.at());
        }
        return result(statutoryWorkingDays, workingMinutes, onTime);
    }

    private void queueNewSteps(Event event, String instance) {
        for (SimulationEngine.OpenStep step : engine.openSteps(instance)) {
            if (seenTasks.add(step.taskId())) {
                queues.computeIfAbsent(step.group(), g -> new ArrayDeque<>())
                        .add(new Waiting(event.dossier(), step, event.at()));
                steps.computeIfAbsent(step.stepId(), id -> new StepTally(step.name(), step.group()));
            }
        }
    }

    /** Free clerks take the oldest waiting step of their group. */
    private void dispatch(LocalDateTime now) {
        for (Map.Entry<String, Deque<Waiting>> queue : queues.entrySet()) {
            String group = queue.getKey();
            while (!queue.getValue().isEmpty() && busyClerks.getOrDefault(group, 0) < clerksPerGroup) {
                Waiting waiting = queue.getValue().poll();
                busyClerks.merge(group, 1, Integer::sum);
                long service = serviceTimes.sample(waiting.step().stepId(), profiles.get(waiting.dossier()),
                        random);
                LocalDateTime start = calendar.countFrom(agency, now);
                LocalDateTime done = calendar.plusWorkingTime(agency, start, Duration.ofMinutes(service));
                StepTally tally = steps.get(waiting.step().stepId());
                tally.count++;
                tally.waitingMinutes += calendar.workingTimeBetween(agency, waiting.since(), start).toMinutes();
                tally.serviceMinutes += service;
                events.add(new Event(done, order++, waiting.dossier(), waiting.step()));
            }
        }
    }

    private WhatIfResult.ModelResult result(int statutoryWorkingDays, List<Long> workingMinutes, int onTime) {
        List<Long> sorted = workingMinutes.stream().sorted().toList();
        double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0);
        double p90 = sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(0.9 * sorted.size()) - 1));
        List<WhatIfResult.StepResult> stepResults = steps.entrySet().stream().map(e -> {
            StepTally t = e.getValue();
            return new WhatIfResult.StepResult(e.getKey(), t.name, t.group, t.count,
                    t.count == 0 ? 0 : (double) t.waitingMinutes / t.count,
                    t.count == 0 ? 0 : (double) t.serviceMinutes / t.count, serviceTimes.fromHistory(e.getKey()));
        }).toList();
        return new WhatIfResult.ModelResult(statutoryWorkingDays, sorted.size(), mean, p90,
                sorted.isEmpty() ? 0 : (double) onTime / sorted.size(), stepResults);
    }
}
