package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.deadline.Timeliness;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierResult;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransition;

/** A dossier as the API shows it: the national status code with its Vietnamese label, times in province time. */
record DossierJson(String code, String procedureCode, String agencyCode, Channel channel, StatusJson status,
                   Applicant applicant, LocalDateTime receivedAt, LocalDateTime countFrom,
                   LocalDateTime originalDueAt, LocalDateTime dueAt, LocalDateTime rescheduledDueAt,
                   LocalDateTime pausedAt, int pausedWorkingMinutes, LocalDateTime resolvedAt, DossierResult result,
                   Timeliness timeliness, LocalDateTime returnedAt, List<TransitionJson> transitions) {

    record StatusJson(int code, String label) {
        static StatusJson of(DossierStatus status) {
            return status == null ? null : new StatusJson(status.code(), status.labelVi());
        }
    }

    record TransitionJson(LocalDateTime occurredAt, String actor, String action, StatusJson from, StatusJson to,
                          String stepId, String stepName, String agencyCode, LocalDateTime startedAt,
                          LocalDateTime dueAt, Boolean onTime, String outcome, String note) {
    }

    static DossierJson of(Dossier d, List<DossierTransition> transitions) {
        return new DossierJson(d.code(), d.procedureCode(), d.agencyCode(), d.channel(), StatusJson.of(d.status()),
                d.applicant(), d.receivedAt(), d.countFrom(), d.originalDueAt(), d.dueAt(), d.rescheduledDueAt(),
                d.pausedAt(), d.pausedMinutes(), d.resolvedAt(), d.result(), d.timeliness(), d.returnedAt(),
                transitions == null ? null : transitions.stream().map(DossierJson::transition).toList());
    }

    private static TransitionJson transition(DossierTransition t) {
        return new TransitionJson(t.occurredAt(), t.actor(), t.action().name(), StatusJson.of(t.fromStatus()),
                StatusJson.of(t.toStatus()), t.stepId(), t.stepName(), t.agencyCode(), t.startedAt(), t.dueAt(),
                t.onTime(), t.outcome(), t.note());
    }
}
