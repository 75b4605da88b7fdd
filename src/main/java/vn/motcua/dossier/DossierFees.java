package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.ProvinceClock;

/**
 * A dossier's fee (status 6, "Yêu cầu thực hiện nghĩa vụ tài chính"), as the payment module
 * moves it: into status 6 when the process reaches its fee step, back to processing once paid.
 *
 * <p>Waiting for the citizen's payment is the citizen's time, like waiting for a supplement:
 * by default the clock stops in status 6 and the due date moves by the working time spent
 * there ({@code motcua.fees.unpaid-time-pauses-deadline}, see docs/clerks.md).
 */
@Service
public class DossierFees {

    private static final Set<DossierStatus> IN_HAND = Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING);

    private final DossierStore store;
    private final DossierAccess access;
    private final DossierHistory history;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;
    private final boolean unpaidTimePausesDeadline;

    DossierFees(DossierStore store, DossierAccess access, DossierHistory history, WorkingCalendar calendar,
                CurrentUser currentUser, ProvinceClock clock,
                @Value("${motcua.fees.unpaid-time-pauses-deadline:true}") boolean unpaidTimePausesDeadline) {
        this.store = store;
        this.access = access;
        this.history = history;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
        this.unpaidTimePausesDeadline = unpaidTimePausesDeadline;
    }

    /** The process reached the fee step (in the engine's transaction): status 6. */
    @Transactional
    public Dossier feeRequested(String code) {
        Dossier dossier = lock(code);
        DossierActions.requireStatus(dossier, IN_HAND);
        LocalDateTime now = clock.now();
        return history.change(dossier, dossier.awaitingFee(unpaidTimePausesDeadline ? now : null),
                TransitionAction.FEE_REQUESTED, currentUser.actorName(), now, null);
    }

    /**
     * The receiving agency's desk took the fee in cash. Only its own desk may: the money is
     * counted there. Refused (nothing changes) in any status but 6.
     */
    @Transactional
    public Dossier feePaidAtDesk(String code) {
        StaffUser user = currentUser.get();
        Dossier dossier = lock(code);
        access.checkDesk(user, dossier);
        return feePaid(dossier, user.username());
    }

    /** The payment platform confirmed the citizen's online payment. */
    @Transactional
    public Dossier feePaidOnline(String code) {
        return feePaid(lock(code), CurrentUser.CITIZEN);
    }

    private Dossier feePaid(Dossier dossier, String actor) {
        DossierActions.requireStatus(dossier, Set.of(DossierStatus.FINANCIAL_OBLIGATION));
        LocalDateTime now = clock.now();
        Dossier paid;
        if (dossier.pausedAt() == null) {
            paid = dossier.withStatus(DossierStatus.PROCESSING);
        } else {
            String agency = dossier.agencyCode();
            Duration unpaid = calendar.workingTimeBetween(agency, dossier.pausedAt(), now);
            paid = dossier.resumed(calendar.plusWorkingTime(agency, dossier.dueAt(), unpaid), unpaid.toMinutes());
        }
        return history.change(dossier, paid, TransitionAction.FEE_PAID, actor, now, null);
    }

    private Dossier lock(String code) {
        return store.lockForChange(code).orElseThrow(() -> new NotFoundException("code", "error.dossier.unknown", code));
    }
}
