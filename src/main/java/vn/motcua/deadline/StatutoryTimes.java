package vn.motcua.deadline;

import java.util.Optional;

/** The current statutory time of a procedure, by its code (implemented by the procedure catalogue). */
public interface StatutoryTimes {
    Optional<StatutoryTime> current(String procedureCode);
}
