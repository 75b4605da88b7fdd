package vn.motcua.procedure;

import java.time.LocalDateTime;

import vn.motcua.deadline.StatutoryTime;

/**
 * One deployed version of a procedure's process. The statutory time, the number of steps
 * (user tasks on the normal path) and of agency hand-overs come from the BPMN itself.
 */
public record ProcedureVersion(String processDefinitionId, String procedureCode, int version, String versionTag,
                               int statutoryWorkingDays, int stepCount, int handoverCount,
                               LocalDateTime deployedAt, String changeNote) {

    public StatutoryTime statutoryTime() {
        return StatutoryTime.workingDays(statutoryWorkingDays);
    }
}
