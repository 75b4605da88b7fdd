package vn.motcua.shared.process;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DomainException;

/**
 * What a failure means for the caller. A refusal thrown in a task or execution listener reaches
 * the caller wrapped in the engine's ProcessEngineException, so it is looked for along the whole
 * cause chain. A lost race (the engine's optimistic lock, a deadlock victim, a lock wait given up,
 * a serialization failure) is a conflict: the caller acted on something that had just changed,
 * nothing of theirs was written, and trying again on fresh data is the answer.
 */
public final class Refusals {

    /** SQLState class 40: transaction rollback (serialization failure 40001, deadlock 40P01, H2's 40001). */
    private static final String ROLLBACK_CLASS = "40";

    private Refusals() {
    }

    /** The refusal the failure carries or stands for; empty for a genuine fault. */
    public static Optional<DomainException> within(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof DomainException refusal) {
                return Optional.of(refusal);
            }
        }
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (isLostRace(cause)) {
                return Optional.of(new ConflictException(null, "error.concurrentChange"));
            }
        }
        return Optional.empty();
    }

    private static boolean isLostRace(Throwable cause) {
        return cause instanceof OptimisticLockingException
                || cause instanceof ConcurrencyFailureException
                || cause instanceof SQLTransactionRollbackException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith(ROLLBACK_CLASS);
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
