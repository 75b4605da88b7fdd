package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

/** The process engine as the dossier module needs it (implemented in the process package). */
public interface DossierProcesses {

    /** Starts the version's process with the dossier code as business key; answers the instance id. */
    String start(String processDefinitionId, String dossierCode, String agencyCode);

    /** Stops the clock of the steps: open tasks cannot be completed and timers do not fire. */
    void suspend(String processInstanceId);

    /** Undoes {@link #suspend}, moving every open task's due and follow-up dates and every timer by {@code shift}. */
    void resume(String processInstanceId, UnaryOperator<LocalDateTime> shift);

    /** Ends the instance without a result (withdrawn, stopped, not accepted). */
    void cancel(String processInstanceId, String reason);

    /** The names of the steps currently open, for the citizen's lookup. */
    List<String> currentSteps(String processInstanceId);
}
