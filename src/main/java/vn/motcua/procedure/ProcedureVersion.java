package vn.motcua.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.motcua.deadline.StatutoryTime;

/**
 * One deployed version of a procedure's process. The statutory time, the number of steps
 * (user tasks on the normal path) and of agency hand-overs come from the BPMN itself; the
 * version's rules enter into force on {@code effectiveFrom}.
 */
public record ProcedureVersion(String processDefinitionId, String procedureCode, int version, String versionTag,
                               int statutoryWorkingDays, int stepCount, int handoverCount,
                               LocalDateTime deployedAt, LocalDate effectiveFrom, String changeNote) {

    public StatutoryTime statutoryTime() {
        return StatutoryTime.workingDays(statutoryWorkingDays);
    }
}
