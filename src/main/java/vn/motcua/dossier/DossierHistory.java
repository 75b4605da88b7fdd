package vn.motcua.dossier;

import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.Timeliness;

/** Writes a dossier's changed state together with its transition, and tells the other modules. */
@Component
class DossierHistory {

    private final DossierStore store;
    private final ApplicationEventPublisher events;

    DossierHistory(DossierStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Saves the new state of a dossier and records the status change that produced it. */
    Dossier change(Dossier before, Dossier after, TransitionAction action, String actor, LocalDateTime at,
                   String note) {
        Dossier saved = store.update(after);
        Boolean onTime = after.status().isPending() || after.status() == DossierStatus.RESOLVED
                ? Timeliness.of(at, after.dueAt()) != Timeliness.LATE : null;
        record(saved, new DossierTransition(0, saved.code(), at, actor, action, before.status(), saved.status(),
                null, null, saved.agencyCode(), null, saved.dueAt(), onTime, null, note));
        return saved;
    }

    /** Records the receipt of a new dossier. */
    void received(Dossier dossier, TransitionAction action) {
        record(dossier, new DossierTransition(0, dossier.code(), dossier.receivedAt(), dossier.createdBy(), action,
                null, dossier.status(), null, null, dossier.agencyCode(), null, dossier.dueAt(), true, null, null));
    }

    /** Records a hand-over inside processing; the dossier's status does not change. */
    void stepCompleted(Dossier dossier, StepCompletion step, String agencyCode, String actor, LocalDateTime at) {
        Boolean onTime = step.dueAt() == null ? null : Timeliness.of(at, step.dueAt()) != Timeliness.LATE;
        record(dossier, new DossierTransition(0, dossier.code(), at, actor, TransitionAction.STEP_COMPLETED,
                dossier.status(), dossier.status(), step.stepId(), step.stepName(), agencyCode, step.startedAt(),
                step.dueAt(), onTime, step.outcome(), step.note()));
    }

    private void record(Dossier dossier, DossierTransition transition) {
        store.addTransition(transition);
        events.publishEvent(new DossierChanged(dossier, transition));
    }
}
