package vn.motcua.simulation.whatif;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import vn.motcua.deadline.WorkingCalendar;

/**
 * How long each step kept its clerk busy, learned from the completed steps of the history, per
 * historical dossier. A step's time in the history, from the task's creation to its completion,
 * is not its service time: it includes the wait in the group's queue (and any pause for a
 * supplement), and the simulation adds its own queueing on top, so learning the whole time
 * counted the wait twice (ADR 0018). A clerk cannot start a step before it exists nor before
 * finishing the step of the procedure they completed just before, so the service of a step is
 * estimated as its completion minus the later of its creation and the same clerk's previous
 * completion of the procedure (the Lindley recursion of a single-server queue read backwards),
 * less the working time the dossier was paused meanwhile. Only the procedure's own completions
 * count: the simulation queues the procedure's dossiers alone, so the time its clerks gave to
 * other procedures stays in the service (it is time this procedure's steps did not get).
 */
final class ServiceHistory {

    /** A step completed in the history, by whom and at which agency's calendar. */
    record Completion(String dossierCode, String stepId, String actor, String agencyCode, LocalDateTime createdAt,
                      LocalDateTime completedAt) {
    }

    /** A time the dossier waited for the citizen's supplement (the clock paused). */
    record Pause(LocalDateTime from, LocalDateTime to) {
    }

    static final ServiceHistory NONE = new ServiceHistory(List.of());

    /** Each historical dossier's service minutes by step id (summed when a step was done twice). */
    private final List<Map<String, Long>> dossiers;
    private final Map<String, List<Long>> byStep = new HashMap<>();

    ServiceHistory(List<Map<String, Long>> dossiers) {
        this.dossiers = List.copyOf(dossiers);
        dossiers.forEach(steps -> steps.forEach((step, minutes) ->
                byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(minutes)));
    }

    private ServiceHistory(List<Map<String, Long>> dossiers, Map<String, List<Long>> byStep) {
        this.dossiers = List.copyOf(dossiers);
        this.byStep.putAll(byStep);
    }

    /** Learns the service times of a procedure's steps from its completed steps. */
    static ServiceHistory learn(Collection<Completion> completions, Map<String, List<Pause>> pausesByDossier,
                                WorkingCalendar calendar) {
        Map<String, List<Completion>> byActor = new HashMap<>();
        completions.forEach(c -> byActor.computeIfAbsent(c.actor(), a -> new ArrayList<>()).add(c));
        Map<String, Map<String, Long>> byDossier = new LinkedHashMap<>();
        byActor.values().forEach(done -> {
            done.sort(Comparator.comparing(Completion::completedAt));
            LocalDateTime previous = LocalDateTime.MIN;
            for (Completion c : done) {
                LocalDateTime start = c.createdAt().isAfter(previous) ? c.createdAt() : previous;
                previous = c.completedAt();
                long minutes = busyMinutes(c, start, pausesByDossier.getOrDefault(c.dossierCode(), List.of()),
                        calendar);
                byDossier.computeIfAbsent(c.dossierCode(), d -> new HashMap<>()).merge(c.stepId(), minutes, Long::sum);
            }
        });
        return new ServiceHistory(new ArrayList<>(byDossier.values()));
    }

    private static long busyMinutes(Completion c, LocalDateTime start, List<Pause> pauses, WorkingCalendar calendar) {
        long minutes = calendar.workingTimeBetween(c.agencyCode(), start, c.completedAt()).toMinutes();
        for (Pause pause : pauses) {
            LocalDateTime from = pause.from().isAfter(start) ? pause.from() : start;
            LocalDateTime to = pause.to().isBefore(c.completedAt()) ? pause.to() : c.completedAt();
            if (from.isBefore(to)) {
                minutes -= calendar.workingTimeBetween(c.agencyCode(), from, to).toMinutes();
            }
        }
        return Math.max(1, minutes);
    }

    /**
     * The same history, with the dossiers a simulated dossier may replay narrowed to those done
     * wholly on steps of the model (not another version's), when there are such.
     */
    ServiceHistory forModel(Set<String> stepIds) {
        List<Map<String, Long>> matching = dossiers.stream().filter(d -> stepIds.containsAll(d.keySet())).toList();
        return matching.isEmpty() ? this : new ServiceHistory(matching, byStep);
    }

    boolean knows(String stepId) {
        return byStep.containsKey(stepId);
    }

    Optional<Double> mean(String stepId) {
        return Optional.ofNullable(byStep.get(stepId))
                .map(times -> times.stream().mapToLong(Long::longValue).average().orElseThrow());
    }

    /**
     * A historical dossier's service times, drawn at random: a simulated dossier replays them,
     * so a dossier that was slow at every step stays slow at every step (the late ones).
     */
    Map<String, Long> drawDossier(Random random) {
        return dossiers.isEmpty() ? Map.of() : dossiers.get(random.nextInt(dossiers.size()));
    }

    /** One historical service time of the step, drawn at random (a step the drawn dossier did not do). */
    Optional<Long> drawStep(String stepId, Random random) {
        List<Long> times = byStep.get(stepId);
        return times == null ? Optional.empty() : Optional.of(times.get(random.nextInt(times.size())));
    }
}
