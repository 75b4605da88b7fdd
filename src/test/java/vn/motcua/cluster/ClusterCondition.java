package vn.motcua.cluster;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.motcua.testing.Haproxy;
import vn.motcua.testing.TestDatabases;

/**
 * Cluster tests run in the PostgreSQL pass only (H2 serves one process). They skip loudly when
 * PostgreSQL or HAProxy is missing, and fail instead when REQUIRE_POSTGRES=true (as in CI).
 */
class ClusterCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.postgresSelected()) {
            return ConditionEvaluationResult.disabled("cluster tests run in the PostgreSQL pass");
        }
        String reason = TestDatabases.postgresUnavailableReason();
        if (reason == null) {
            reason = Haproxy.unavailableReason();
        }
        if (reason == null || TestDatabases.postgresRequired()) {
            return ConditionEvaluationResult.enabled("PostgreSQL and HAProxy");
        }
        System.err.println("!!! SKIPPED cluster test (set REQUIRE_POSTGRES=true to fail instead): " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
