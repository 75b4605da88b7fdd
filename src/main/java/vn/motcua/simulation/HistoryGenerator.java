package vn.motcua.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.payment.Payments;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.simulation.DossierFates.Fate;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.shared.process.TaskGroup;

/**
 * Plays a {@link SimulationModel} through the real services as a discrete-event simulation:
 * events (an arrival, a step decided, a supplement brought …) are handled in time order with
 * the province clock (and so the engine's) set to each event's time and the acting clerk
 * signed in, both for the generating thread only: a person served meanwhile is stamped with
 * the wall clock (ADR 0012). Every dossier, transition, engine history row and reporting fact
 * is therefore the one the application itself writes.
 */
@Service
public class HistoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);
    private static final Applicants APPLICANTS = new Applicants();

    /** What a run produced. */
    public record Result(int received, int resolved, int closed, int pending, int failures, Duration took) {
        public double dossiersPerSecond() {
            return received / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    /** Told about the run's progress (the log, a progress bar …). */
    public interface Progress {
        void at(LocalDate simulatedDay, LocalDate lastDay, int received, Duration elapsed);
    }

    /**
     * When the citizen comes to pay a fee: a fixed half working day, not a draw, so that a model with a
     * fee step leaves every other dossier's draws (and a seed's history) as they were.
     */
    private static final Duration FEE_PAID_AFTER = Duration.ofHours(4);

    private final DossierIntake intake;
    private final DossierActions actions;
    private final Dossiers dossiers;
    private final ClerkTasks tasks;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final ProvinceClock clock;
    private final UserDetailsService users;
    private final Payments payments;

    HistoryGenerator(DossierIntake intake, DossierActions actions, Dossiers dossiers, ClerkTasks tasks,
                     ProcedureCatalog catalog, WorkingCalendar calendar, ProvinceClock clock,
                     UserDetailsService users, Payments payments) {
        this.intake = intake;
        this.actions = actions;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.users = users;
        this.payments = payments;
    }

    /**
     * Dossiers arrive on the working days {@code from}..{@code to}; events are then handled up to
     * {@code until} (later ones are dropped: those dossiers stay pending, as on a real desk).
     */
    public Result generate(SimulationModel model, Roster roster, LocalDate from, LocalDate to, LocalDateTime until,
                           long seed, Progress progress) {
        Run run = new Run(model, roster, new SplittableRandom(seed));
        long started = System.nanoTime();
        try {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    model.arrivals().arrivalsOn(day, run.random).forEach(a -> run.schedule(a.at(), () -> run.arrive(a)));
                }
                run.handleUntil(min(day.plusDays(1).atStartOfDay(), until));
                progress.at(day, to, run.received, Duration.ofNanos(System.nanoTime() - started));
            }
            run.handleUntil(until);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new Result(run.received, run.resolved, run.closed, run.pendingAtEnd(), run.failures,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** One run's state: the event queue and what each dossier is destined for. */
    private final class Run {
        private final SimulationModel model;
        private final Roster roster;
        private final SplittableRandom random;
        private final PriorityQueue<Event> queue = new PriorityQueue<>();
        private final Map<String, Fate> fates = new HashMap<>();
        /** Steps already given a decision time, and dossiers whose first step has been planned. */
        private final Set<String> planned = new HashSet<>();
        private final Set<String> decided = new HashSet<>();
        private final Map<String, String> agencyOf = new HashMap<>();
        private final Map<String, Authentication> signedIn = new HashMap<>();
        /** Who found the next step after a model's step and decision (or its start): asked first next time. */
        private final Map<String, String> foundAfter = new HashMap<>();
        private long sequence;
        int received;
        int resolved;
        int closed;
        int failures;

        Run(SimulationModel model, Roster roster, SplittableRandom random) {
            this.model = model;
            this.roster = roster;
            this.random = random;
        }

        void schedule(LocalDateTime at, Runnable action) {
            queue.add(new Event(at, sequence++, action));
        }

        void handleUntil(LocalDateTime end) {
            while (!queue.isEmpty() && queue.peek().at().isBefore(end)) {
                Event event = queue.poll();
                try {
                    clock.runAt(event.at(), event.action());
                } catch (RuntimeException e) {
                    failures++;
                    log.warn("Simulated event at {} failed: {}", event.at(), e.toString());
                }
            }
        }

        int pendingAtEnd() {
            return received - resolved - closed;
        }

        void arrive(Arrival arrival) {
            signIn(roster.desk(arrival.agencyCode()));
            Dossier dossier = intake.receive(new IntakeRequest(arrival.procedureCode(), arrival.channel(),
                    APPLICANTS.next(random), arrival.agencyCode()));
            received++;
            Fate fate = model.fates().draw(random);
            fates.put(dossier.code(), fate);
            agencyOf.put(dossier.code(), dossier.agencyCode());
            String code = dossier.code();
            switch (fate) {
                case NOT_ACCEPTED -> {
                    actions.refuse(code, "Hồ sơ không thuộc thẩm quyền giải quyết");
                    closed++;
                }
                case WITHDRAWN -> schedule(later(dossier.agencyCode(), Duration.ofHours(4)), () -> {
                    signIn(roster.desk(dossier.agencyCode()));
                    if (dossiers.get(code).status().isPending()) {
                        actions.withdraw(code, "Công dân xin rút hồ sơ");
                        closed++;
                    }
                });
                default -> { }
            }
            if (fate != Fate.NOT_ACCEPTED) {
                scheduleOpenSteps(code, dossier.processDefinitionId() + "/received");
            }
        }

        /**
         * Each open step of the dossier not yet planned is decided after a drawn working time on
         * its agency's calendar. Steps are only visible to their group, so the roster is asked
         * in turn: first the clerk who found the step that followed {@code after} (a model's step
         * and its decision) last time, then the receiving agency's clerks, then the others.
         */
        void scheduleOpenSteps(String code, String after) {
            String agency = agencyOf.get(code);
            String likely = foundAfter.get(after);
            List<String> clerks = roster.userByGroup().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, String> e) -> !e.getValue().equals(likely))
                            .thenComparing(e -> !TaskGroup.agencyOf(e.getKey()).equals(agency))
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getValue).toList();
            for (String clerk : clerks) {
                signIn(clerk);
                List<ClerkTask> open = tasks.openTasksOf(code).stream().filter(t -> planned.add(t.id())).toList();
                open.forEach(step -> plan(code, step, clerk));
                if (!open.isEmpty()) {
                    foundAfter.put(after, clerk);
                    return; // a step of another group opened beside these is found after they are decided
                }
            }
        }

        private void plan(String code, ClerkTask step, String user) {
            ProcedureVersion version = catalog.version(step.processDefinitionId()).orElseThrow();
            Fate fate = fates.getOrDefault(code, Fate.NORMAL);
            double slowdown = fate == Fate.SLOWED ? model.fates().slowdownFactor() : 1.0;
            Duration working = model.serviceTimes().sample(step.stepId(), version.statutoryWorkingDays(),
                    version.stepCount(), slowdown, random);
            String agency = TaskGroup.agencyOf(step.candidateGroups().get(0));
            LocalDateTime at = calendar.plusWorkingTime(agency, clock.now(), working);
            boolean first = decided.add(code);
            if (first && (fate == Fate.SUPPLEMENT || fate == Fate.SUPPLEMENT_THEN_STOP)) {
                schedule(at, () -> askForSupplement(code, step, user, fate));
            } else {
                schedule(at, () -> decide(code, step, user, first && fate == Fate.REJECTED));
            }
        }

        private void decide(String code, ClerkTask step, String user, boolean reject) {
            signIn(user);
            if (!dossiers.get(code).status().isPending()) {
                return; // withdrawn meanwhile: the step is gone with its process
            }
            String outcome = outcome(step, reject);
            tasks.complete(step.id(), outcome, null);
            DossierStatus status = dossiers.get(code).status();
            if (status == DossierStatus.RESOLVED) {
                resolved++;
            } else if (status == DossierStatus.FINANCIAL_OBLIGATION) {
                schedule(later(agencyOf.get(code), FEE_PAID_AFTER), () -> payAtDesk(code));
            } else {
                scheduleOpenSteps(code, step.processDefinitionId() + "/" + step.stepId() + "/" + outcome);
            }
        }

        /** The citizen comes to the desk and pays the fee in cash; the process goes on to its result. */
        private void payAtDesk(String code) {
            signIn(roster.desk(agencyOf.get(code)));
            if (dossiers.get(code).status() != DossierStatus.FINANCIAL_OBLIGATION) {
                return; // withdrawn or stopped meanwhile
            }
            payments.payAtDesk(code);
            if (dossiers.get(code).status() == DossierStatus.RESOLVED) {
                resolved++;
            }
        }

        private void askForSupplement(String code, ClerkTask step, String user, Fate fate) {
            signIn(roster.specialist(agencyOf.get(code)));
            Dossier dossier = dossiers.get(code);
            if (!dossier.status().isPending()) {
                return; // withdrawn meanwhile
            }
            actions.requestSupplement(code, "Đề nghị bổ sung giấy tờ còn thiếu");
            long days = 1 + Math.round(-Math.log(1 - random.nextDouble()) * model.fates().supplementDelay().toDays());
            if (fate == Fate.SUPPLEMENT_THEN_STOP) {
                schedule(clock.now().plusDays(15), () -> {
                    signIn(roster.specialist(dossier.agencyCode()));
                    actions.stop(code, "Quá thời hạn bổ sung mà công dân không bổ sung");
                    closed++;
                });
            } else {
                LocalDateTime back = calendar.plusWorkingTime(dossier.agencyCode(),
                        clock.now().plusDays(days), Duration.ofMinutes(random.nextInt(240)));
                schedule(back, () -> {
                    signIn(roster.desk(dossier.agencyCode()));
                    if (dossiers.get(code).status() == DossierStatus.SUPPLEMENT_REQUESTED) {
                        actions.receiveSupplement(code, "Công dân đã bổ sung");
                        schedule(calendar.plusWorkingTime(dossier.agencyCode(), clock.now(),
                                Duration.ofMinutes(30)), () -> decide(code, step, user, false));
                    }
                });
            }
        }

        private String outcome(ClerkTask step, boolean reject) {
            if (reject && step.outcomes().contains("reject")) {
                return "reject";
            }
            if (step.outcomes().contains("approve")) {
                return "approve";
            }
            return step.outcomes().stream().filter(o -> !o.equals("reject") && !o.equals("returnToPrevious"))
                    .findFirst().orElse(step.outcomes().get(0));
        }

        LocalDateTime later(String agencyCode, Duration workingTime) {
            return calendar.plusWorkingTime(agencyCode, clock.now(), workingTime);
        }

        /** The roster's accounts do not change during a run: each is loaded once, not at every event. */
        void signIn(String username) {
            SecurityContextHolder.getContext().setAuthentication(signedIn.computeIfAbsent(username, name -> {
                UserDetails user = users.loadUserByUsername(name);
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }));
        }
    }

    private record Event(LocalDateTime at, long sequence, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
