package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.List;

/** Deploys process models to the engine and records the versions it creates (engine adapter). */
public interface ProcessDeployer {

    /**
     * Deploys one BPMN file as the next version of a procedure's process. Unchanged content is
     * not deployed again (Camunda's duplicate filtering). Answers the versions newly recorded.
     */
    List<ProcedureVersion> deploy(String procedureCode, String processKey, String fileName, byte[] bpmn,
                                  String changeNote, LocalDate effectiveFrom);
}
