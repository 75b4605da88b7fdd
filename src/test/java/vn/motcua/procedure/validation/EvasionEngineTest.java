package vn.motcua.procedure.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.scripting.engine.VariableScopeResolverFactory;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringBeansResolverFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.procedure.validation.EvasionModels.Evasion;
import vn.motcua.testing.DatabaseTest;

/**
 * The evasion variants deployed straight into an engine, without the validator, and driven until
 * the engine evaluates what they smuggled: on the application's engine (configured as the
 * application configures it) none reaches a bean outside the allow-list; on an engine with
 * Camunda's unrestricted Spring configuration the same models do reach it — the control that shows
 * each variant is a real attack.
 */
@DatabaseTest
class EvasionEngineTest {

    /** The reported attack, verbatim but for the column: makes the analyst an administrator. */
    static final String SQL = "jdbcTemplate.update(\"UPDATE app_user SET roles = 'ADMIN' WHERE username = 'analyst'\")"
            + " >= 0";

    private static ProcessEngine unrestricted;

    @TestConfiguration
    static class Probe {
        @Bean("evasionProbe")
        EvasionProbe evasionProbe() {
            return new EvasionProbe();
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    static Stream<Arguments> variants() {
        return EvasionValidationTest.variants();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("variants")
    void noVariantReachesABeanOutsideTheAllowListOnTheApplicationsEngine(Evasion evasion, String payload) {
        assertThat(callsWhenDriven(engine, evasion.model().apply(payload))).as(evasion.name()).isZero();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("variants")
    void camundasUnrestrictedSpringConfigurationWouldReachIt(Evasion evasion, String payload) {
        assumeTrue(evasion.reachesUnrestricted(), "needs an engine we do not ship");
        assertThat(callsWhenDriven(unrestricted(), evasion.model().apply(payload))).as(evasion.name()).isPositive();
    }

    @Test
    void theReportedSqlDoesNotRunOnTheApplicationsEngine() {
        String roles = analystRoles();
        for (Evasion evasion : EvasionModels.all()) {
            callsWhenDriven(engine, evasion.model().apply(SQL));
        }
        assertThat(analystRoles()).isEqualTo(roles).doesNotContain("ADMIN");
    }

    @Test
    void theReportedSqlRunsOnCamundasUnrestrictedConfiguration() {
        String roles = analystRoles();
        try {
            callsWhenDriven(unrestricted(), new EvasionModels.Template()
                    .condition("$<!-- -->{" + SQL + " and outcome == 'approve'}").xml());
            assertThat(analystRoles()).isEqualTo("ADMIN");
        } finally {
            jdbc.sql("UPDATE app_user SET roles = ? WHERE username = 'analyst'").param(roles).update();
        }
    }

    private String analystRoles() {
        return jdbc.sql("SELECT roles FROM app_user WHERE username = 'analyst'").query(String.class).single();
    }

    /**
     * Deploys the model (no validator), starts it and completes its step, and answers how often
     * the probe was reached. Refusals (at deployment or evaluation) are what the restriction does.
     */
    static int callsWhenDriven(ProcessEngine engine, String xml) {
        EvasionProbe.CALLS.set(0);
        String deploymentId = null;
        try {
            deploymentId = engine.getRepositoryService().createDeployment()
                    .addString("evasion.bpmn", xml).deploy().getId();
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deploymentId).singleResult();
            String instance = engine.getRuntimeService().startProcessInstanceById(definition.getId(),
                    Map.of("outcome", "approve", "agencyCode", "XPV")).getId();
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance).list()) {
                engine.getTaskService().complete(task.getId(), Map.of("outcome", "approve"));
            }
        } catch (RuntimeException refused) {
            // the deployment, the start or the completion was refused: counted below all the same
        } finally {
            if (deploymentId != null) {
                engine.getRepositoryService().deleteDeployment(deploymentId, true, true, true);
            }
        }
        return EvasionProbe.CALLS.get();
    }

    /** Camunda's defaults for a Spring application: every bean in expressions and in scripts. */
    private ProcessEngine unrestricted() {
        if (unrestricted == null) {
            String name = "unrestricted-" + UUID.randomUUID();
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName(name);
            configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
            configuration.setJobExecutorActivate(false);
            configuration.setMetricsEnabled(false);
            configuration.setExpressionManager(new SpringExpressionManager(context));
            configuration.setResolverFactories(new ArrayList<>(List.of(new VariableScopeResolverFactory(),
                    new SpringBeansResolverFactory(context))));
            unrestricted = configuration.buildProcessEngine();
        }
        return unrestricted;
    }

    @AfterAll
    static void closeUnrestricted() {
        if (unrestricted != null) {
            unrestricted.close();
            unrestricted = null;
        }
    }
}
