package vn.motcua.dossier;

import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.Timeliness;
import vn.motcua.deadline.WorkingCalendar;

/** Writes a dossier's changed state together with its transition, and tells the other modules. */
@Component
class DossierHistory {

    private final DossierStore store;
    private final ApplicationEventPublisher events;
    private final WorkingCalendar calendar;

    DossierHistory(DossierStore store, ApplicationEventPublisher events, WorkingCalendar calendar) {
        this.store = store;
        this.events = events;
        this.calendar = calendar;
    }

    /** Saves the new state of a dossier and records the status change that produced it. */
    Dossier change(Dossier before, Dossier after, TransitionAction action, String actor, LocalDateTime at,
                   String note) {
        Dossier saved = store.update(after);
        Boolean onTime = after.status().isPending() || after.status() == DossierStatus.RESOLVED
                ? Timeliness.of(at, after.dueAt()) != Timeliness.LATE : null;
        record(saved, DossierTransition.statusChange(before.status(), saved, action, actor, at, onTime, note));
        return saved;
    }

    /** Records the receipt of a new dossier. */
    void received(Dossier dossier, TransitionAction action) {
        record(dossier, DossierTransition.receipt(dossier, action));
    }

    /**
     * Records a hand-over inside processing; the dossier's status does not change. The row is
     * also the step's reporting fact (view step_fact), hence the working time it took.
     */
    void stepCompleted(StepCompletion step, String agencyCode, String actor, LocalDateTime at) {
        Boolean onTime = step.dueAt() == null ? null : Timeliness.of(at, step.dueAt()) != Timeliness.LATE;
        int workingMinutes = (int) calendar.workingTimeBetween(agencyCode, step.startedAt(), at).toMinutes();
        DossierTransition transition = DossierTransition.handOver(step, agencyCode, actor, at, onTime, workingMinutes);
        store.addTransition(transition);
        events.publishEvent(new StepHandedOver(transition));
    }

    private void record(Dossier dossier, DossierTransition transition) {
        store.addTransition(transition);
        events.publishEvent(new DossierChanged(dossier, transition));
    }
}
