package vn.motcua.dossier;

import java.util.Optional;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.Timeliness;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentUser;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.TaskGroup;

/**
 * How the process moves the dossier: the engine's listeners report steps and the end of the
 * process here, inside the engine's transaction, so the dossier and the engine never disagree.
 */
@Service
public class DossierProgress {


    private final DossierStore store;
    private final DossierHistory history;
    private final ProcedureCatalog catalog;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;

    DossierProgress(DossierStore store, DossierHistory history, ProcedureCatalog catalog, CurrentUser currentUser,
                    ProvinceClock clock) {
        this.store = store;
        this.history = history;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Locks the dossier for a clerk's step before the engine reads the step: a second clerk
     * completing the same step, or the desk withdrawing the dossier meanwhile, on any node,
     * waits until this transaction ends and then finds the step gone or the status changed.
     * Without the lock the loser failed inside the engine (stale task, vanished execution).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForStep(String code) {
        store.lockForChange(code);
    }

    /**
     * A clerk claimed one of the dossier's steps, in our task list or in Camunda's own Tasklist
     * (reported by the engine): received -> processing.
     */
    @Transactional
    public void stepClaimed(String code, String clerk) {
        startProcessing(load(code), clerk);
    }

    /**
     * Decided on the dossier as stored, read in this transaction: a status remembered in memory
     * outlived the rolled-back transaction that set it, and left a dossier in processing in
     * status 2 (issue 10.3).
     */
    private void startProcessing(Dossier dossier, String actor) {
        requireWorkable(dossier);
        if (dossier.status() == DossierStatus.RECEIVED) {
            history.change(dossier, dossier.withStatus(DossierStatus.PROCESSING),
                    TransitionAction.PROCESSING_STARTED, actor, clock.now(), null);
        }
    }

    /** A step opened in another agency's group: that agency may now see the dossier. */
    @Transactional
    public void stepStarted(String code, String dossierAgency, List<String> candidateGroups) {
        for (String agency : agenciesOf(candidateGroups)) {
            if (!agency.equals(dossierAgency) && !store.hasParticipant(code, agency)) {
                store.addParticipant(code, agency);
            }
        }
    }

    /** A step was completed: a hand-over recorded with its own due date and outcome. */
    @Transactional
    public void stepCompleted(StepCompletion step) {
        String code = step.dossierCode();
        String actor = step.assignee() != null ? step.assignee() : currentUser.actorName();
        // a first step completed without a claim moves the dossier out of "received"
        startProcessing(load(code), actor);
        String agency = agenciesOf(step.candidateGroups()).stream().findFirst().orElse(DossierCode.agencyOf(code));
        history.stepCompleted(step, agency, actor, clock.now());
    }

    /** The process reached an end event: the dossier is resolved, early, on time or late. */
    @Transactional
    public void processEnded(String code, String processDefinitionId, String endActivityId) {
        Dossier dossier = load(code);
        LocalDateTime now = clock.now();
        DossierResult result = catalog.endsInRefusal(processDefinitionId, endActivityId)
                ? DossierResult.REFUSED : DossierResult.APPROVED;
        history.change(dossier, dossier.resolved(now, result, Timeliness.of(now, dossier.dueAt())),
                TransitionAction.RESOLVED, currentUser.actorName(), now, null);
    }

    /** Steps may be taken only while the dossier is received or being processed. */
    private void requireWorkable(Dossier dossier) {
        if (dossier.status() != DossierStatus.RECEIVED && dossier.status() != DossierStatus.PROCESSING) {
            throw new ConflictException("status", "error.dossier.wrongStatus", dossier.code(),
                    dossier.status().code(), dossier.status().labelVi());
        }
    }

    private List<String> agenciesOf(List<String> candidateGroups) {
        return candidateGroups.stream().map(TaskGroup::parse).flatMap(Optional::stream)
                .filter(group -> !group.ofReceivingAgency()).map(TaskGroup::agency).distinct().toList();
    }

    private Dossier load(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("code", "error.dossier.unknown", code));
    }
}
