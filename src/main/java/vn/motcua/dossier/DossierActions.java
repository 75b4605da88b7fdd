package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * What clerks do to a dossier outside the steps of its process. Each action checks who may
 * do it and in which status, then changes the dossier and records the transition in one
 * transaction; refused actions change nothing.
 */
@Service
public class DossierActions {

    private static final int REASON_LENGTH = 2000;
    /** The latest new appointment an apology (form 04) may promise, in years from now. */
    private static final int RESCHEDULE_YEARS = 2;
    private static final Set<DossierStatus> IN_HAND = Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING);
    private static final Set<DossierStatus> BEFORE_PROCESSING = Set.of(DossierStatus.NEW, DossierStatus.RECEIVED);
    private static final Set<DossierStatus> WITHDRAWABLE = Set.of(DossierStatus.NEW, DossierStatus.RECEIVED,
            DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION);
    /** A citizen who never pays the fee is stopped like one who never supplements. */
    private static final Set<DossierStatus> UNDER_WAY = Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION);

    private final DossierStore store;
    private final DossierAccess access;
    private final DossierHistory history;
    private final DossierProcesses processes;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;

    DossierActions(DossierStore store, DossierAccess access, DossierHistory history, DossierProcesses processes,
                   WorkingCalendar calendar, CurrentUser currentUser, ProvinceClock clock) {
        this.store = store;
        this.access = access;
        this.history = history;
        this.processes = processes;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The desk accepts an online submission after checking it: its process starts and form 01
     * is issued. Receipt time and due date stay those of the submission (an online dossier
     * counts from its submission, after-hours ones from the next working morning), so the
     * desk's checking time is the agency's, not the citizen's.
     */
    @Transactional
    public Dossier acceptOnline(String code) {
        StaffUser user = currentUser.get();
        Dossier dossier = load(code);
        access.checkDesk(user, dossier);
        requireStatus(dossier, Set.of(DossierStatus.NEW));
        String instanceId = processes.start(dossier.processDefinitionId(), code, dossier.agencyCode());
        return history.change(dossier, dossier.accepted(instanceId), TransitionAction.RECEIVED, user.username(),
                clock.now(), null);
    }

    /** Form 02: the citizen must complete the dossier; the clock stops until they do. */
    @Transactional
    public Dossier requestSupplement(String code, String reason) {
        StaffUser user = currentUser.get();
        Dossier dossier = load(code);
        access.checkHandler(user, dossier);
        String why = InputRules.required(reason, "reason", REASON_LENGTH);
        requireStatus(dossier, IN_HAND);
        LocalDateTime now = clock.now();
        processes.suspend(dossier.processInstanceId());
        return history.change(dossier, dossier.paused(now), TransitionAction.SUPPLEMENT_REQUESTED,
                user.username(), now, why);
    }

    /** The supplement is in: the clock runs again and the due date moves by the paused working time. */
    @Transactional
    public Dossier receiveSupplement(String code, String note) {
        StaffUser user = currentUser.get();
        Dossier dossier = load(code);
        access.checkDesk(user, dossier);
        String remark = InputRules.optional(note, "note", REASON_LENGTH);
        requireStatus(dossier, Set.of(DossierStatus.SUPPLEMENT_REQUESTED));
        LocalDateTime now = clock.now();
        String agency = dossier.agencyCode();
        Duration paused = calendar.workingTimeBetween(agency, dossier.pausedAt(), now);
        processes.resume(dossier.processInstanceId(), time -> calendar.plusWorkingTime(agency, time, paused));
        Dossier resumed = dossier.resumed(calendar.plusWorkingTime(agency, dossier.dueAt(), paused),
                paused.toMinutes());
        return history.change(dossier, resumed, TransitionAction.SUPPLEMENT_RECEIVED, user.username(), now, remark);
    }

    /** Form 03: the desk refuses to accept the dossier (before processing begins). */
    @Transactional
    public Dossier refuse(String code, String reason) {
        return close(code, reason, BEFORE_PROCESSING, DossierStatus.NOT_ACCEPTED, TransitionAction.NOT_ACCEPTED,
                true);
    }

    /** The citizen takes the dossier back. */
    @Transactional
    public Dossier withdraw(String code, String reason) {
        return close(code, reason, WITHDRAWABLE, DossierStatus.WITHDRAWN, TransitionAction.WITHDRAWN, true);
    }

    /** Form 05: processing stops (e.g. the citizen did not supplement, or the law forbids the result). */
    @Transactional
    public Dossier stop(String code, String reason) {
        return close(code, reason, UNDER_WAY, DossierStatus.STOPPED, TransitionAction.STOPPED, false);
    }

    /** The desk hands the result to the citizen. */
    @Transactional
    public Dossier returnResult(String code, String note) {
        StaffUser user = currentUser.get();
        Dossier dossier = load(code);
        access.checkDesk(user, dossier);
        String remark = InputRules.optional(note, "note", REASON_LENGTH);
        requireStatus(dossier, Set.of(DossierStatus.RESOLVED));
        LocalDateTime now = clock.now();
        return history.change(dossier, dossier.resultReturned(now), TransitionAction.RESULT_RETURNED,
                user.username(), now, remark);
    }

    /**
     * Form 04: an apology with a new appointment for a dossier that will be late. The due date
     * the result is judged against does not move; the new date is recorded beside it.
     */
    @Transactional
    public Dossier reschedule(String code, LocalDateTime newAppointment, String reason) {
        StaffUser user = currentUser.get();
        Dossier dossier = load(code);
        access.checkHandler(user, dossier);
        String why = InputRules.required(reason, "reason", REASON_LENGTH);
        requireStatus(dossier, UNDER_WAY);
        LocalDateTime now = clock.now();
        if (newAppointment == null) {
            throw new InvalidInputException("newDueAt", "error.field.required", "newDueAt");
        }
        if (!newAppointment.isAfter(dossier.appointmentAt()) || !newAppointment.isAfter(now)) {
            throw new InvalidInputException("newDueAt", "error.dossier.rescheduleNotLater");
        }
        // a year such as +999999 was stored on H2 and failed on PostgreSQL: no promise is that far
        if (newAppointment.isAfter(now.plusYears(RESCHEDULE_YEARS))) {
            throw new InvalidInputException("newDueAt", "error.dossier.rescheduleTooFar", RESCHEDULE_YEARS);
        }
        return history.change(dossier, dossier.rescheduled(newAppointment), TransitionAction.RESCHEDULED,
                user.username(), now, why);
    }

    private Dossier close(String code, String reason, Set<DossierStatus> allowed, DossierStatus finalStatus,
                          TransitionAction action, boolean deskOnly) {
        StaffUser user = currentUser.get();
        Dossier dossier = load(code);
        if (deskOnly) {
            access.checkDesk(user, dossier);
        } else {
            access.checkHandler(user, dossier);
        }
        String why = InputRules.required(reason, "reason", REASON_LENGTH);
        requireStatus(dossier, allowed);
        LocalDateTime now = clock.now();
        // closed first: the engine's cancellation then finds the dossier no longer pending (ProcessCancellations)
        Dossier closed = history.change(dossier, dossier.closed(finalStatus, now), action, user.username(), now, why);
        if (dossier.processInstanceId() != null) {
            processes.cancel(dossier.processInstanceId(), action.name());
        }
        return closed;
    }

    /** Locked: a clerk's step, another action or another node's request on the dossier waits for this one. */
    private Dossier load(String code) {
        return store.lockForChange(code).orElseThrow(() -> new NotFoundException("code", "error.dossier.unknown", code));
    }

    static void requireStatus(Dossier dossier, Set<DossierStatus> allowed) {
        if (!allowed.contains(dossier.status())) {
            throw new ConflictException("status", "error.dossier.wrongStatus", dossier.code(),
                    dossier.status().code(), dossier.status().labelVi());
        }
    }
}
