package vn.motcua.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, skips database tests loudly when no server can be had, or fails
 * them when REQUIRE_POSTGRES=true (as in CI).
 */
public class PostgresAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.postgresSelected()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String reason = TestDatabases.postgresUnavailableReason();
        if (reason == null || TestDatabases.postgresRequired()) {
            return ConditionEvaluationResult.enabled("PostgreSQL run");
        }
        System.err.println("!!! SKIPPED on PostgreSQL (set REQUIRE_POSTGRES=true to fail instead): " + reason);
        return ConditionEvaluationResult.disabled("PostgreSQL unavailable: " + reason);
    }
}
