package vn.motcua.dossier;

import java.time.LocalDateTime;

import vn.motcua.deadline.DueDate;
import vn.motcua.deadline.Timeliness;

/**
 * A dossier as stored. {@code originalDueAt} never changes; {@code dueAt} is the statutory
 * due date moved only by the citizen's pauses (supplements, unpaid fees) (results are classified against it);
 * {@code rescheduledDueAt} is a later appointment promised with an apology (form 04).
 */
public record Dossier(String code, String procedureCode, String processDefinitionId, String processInstanceId,
                      String agencyCode, Channel channel, DossierStatus status, Applicant applicant,
                      LocalDateTime receivedAt, LocalDateTime countFrom, LocalDateTime originalDueAt,
                      LocalDateTime dueAt, LocalDateTime rescheduledDueAt, LocalDateTime pausedAt,
                      int pausedMinutes, LocalDateTime resolvedAt, DossierResult result, Timeliness timeliness,
                      LocalDateTime returnedAt, LocalDateTime closedAt, String createdBy, int rowVersion) {

    /**
     * A dossier just received, before anything happened to it: its due date computed, its
     * process running ({@code processInstanceId}) or, for an online submission the desk has not
     * checked yet, not started ({@code null}).
     */
    static Dossier newlyReceived(String code, String procedureCode, String processDefinitionId,
                                 String processInstanceId, String agencyCode, Channel channel, DossierStatus status,
                                 Applicant applicant, LocalDateTime receivedAt, DueDate due, String receivedBy) {
        return new Dossier(code, procedureCode, processDefinitionId, processInstanceId, agencyCode, channel, status,
                applicant, receivedAt, due.countFrom(), due.dueAt(), due.dueAt(), null, null, 0, null, null, null,
                null, null, receivedBy, 0);
    }

    /** The date the citizen was last promised: the apology's new date, else the due date. */
    public LocalDateTime appointmentAt() {
        return rescheduledDueAt != null ? rescheduledDueAt : dueAt;
    }

    Dossier withStatus(DossierStatus newStatus) {
        return with(c -> c.status = newStatus);
    }

    /** An online submission the desk accepted: its process now runs. */
    Dossier accepted(String instanceId) {
        return with(c -> {
            c.status = DossierStatus.RECEIVED;
            c.processInstanceId = instanceId;
        });
    }

    Dossier paused(LocalDateTime at) {
        return with(c -> {
            c.status = DossierStatus.SUPPLEMENT_REQUESTED;
            c.pausedAt = at;
        });
    }

    /**
     * Status 6: the citizen must pay the fee. {@code pausedAt} is when the clock stopped, or null
     * where waiting for the payment counts against the agency's time.
     */
    Dossier awaitingFee(LocalDateTime pausedAt) {
        return with(c -> {
            c.status = DossierStatus.FINANCIAL_OBLIGATION;
            c.pausedAt = pausedAt;
        });
    }

    Dossier resumed(LocalDateTime newDueAt, long pausedWorkingMinutes) {
        return with(c -> {
            c.status = DossierStatus.PROCESSING;
            c.pausedAt = null;
            c.dueAt = newDueAt;
            c.pausedMinutes = pausedMinutes + (int) pausedWorkingMinutes;
        });
    }

    Dossier rescheduled(LocalDateTime newAppointment) {
        return with(c -> c.rescheduledDueAt = newAppointment);
    }

    Dossier resolved(LocalDateTime at, DossierResult outcome, Timeliness classification) {
        return with(c -> {
            c.status = DossierStatus.RESOLVED;
            c.resolvedAt = at;
            c.result = outcome;
            c.timeliness = classification;
        });
    }

    Dossier resultReturned(LocalDateTime at) {
        return with(c -> {
            c.status = DossierStatus.RESULT_RETURNED;
            c.returnedAt = at;
        });
    }

    /** Ended without a result: not accepted, withdrawn or stopped. */
    Dossier closed(DossierStatus finalStatus, LocalDateTime at) {
        return with(c -> {
            c.status = finalStatus;
            c.closedAt = at;
            c.pausedAt = null;
        });
    }

    /** The same dossier after one more write: its optimistic-lock version moves on. */
    Dossier savedOnce() {
        return with(c -> c.rowVersion = rowVersion + 1);
    }

    private Dossier with(java.util.function.Consumer<Changes> change) {
        Changes c = new Changes(this);
        change.accept(c);
        return new Dossier(code, procedureCode, c.processDefinitionId, c.processInstanceId, agencyCode, channel,
                c.status, applicant, receivedAt, countFrom, originalDueAt, c.dueAt, c.rescheduledDueAt, c.pausedAt,
                c.pausedMinutes, c.resolvedAt, c.result, c.timeliness, c.returnedAt, c.closedAt, createdBy,
                c.rowVersion);
    }

    /** The fields a dossier's life changes; everything else is fixed at receipt. */
    private static final class Changes {
        String processDefinitionId;
        String processInstanceId;
        DossierStatus status;
        LocalDateTime dueAt;
        LocalDateTime rescheduledDueAt;
        LocalDateTime pausedAt;
        int pausedMinutes;
        LocalDateTime resolvedAt;
        DossierResult result;
        Timeliness timeliness;
        LocalDateTime returnedAt;
        LocalDateTime closedAt;
        int rowVersion;

        Changes(Dossier d) {
            processDefinitionId = d.processDefinitionId;
            processInstanceId = d.processInstanceId;
            status = d.status;
            dueAt = d.dueAt;
            rescheduledDueAt = d.rescheduledDueAt;
            pausedAt = d.pausedAt;
            pausedMinutes = d.pausedMinutes;
            resolvedAt = d.resolvedAt;
            result = d.result;
            timeliness = d.timeliness;
            returnedAt = d.returnedAt;
            closedAt = d.closedAt;
            rowVersion = d.rowVersion;
        }
    }
}
