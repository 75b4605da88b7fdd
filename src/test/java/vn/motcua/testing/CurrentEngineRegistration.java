package vn.motcua.testing;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda keeps JVM-wide registries of engines by name ({@link ProcessEngines}, which its REST API
 * and webapps read, and the runtime container's).
 * Every cached test context has its own engine called "default"; when the context cache evicts
 * one (spring.properties keeps 8), closing it unregisters "default" although other contexts
 * still run theirs, and /engine-rest then answers with no engine at all. Before each test class
 * the engine of the context it runs in is made the registered one.
 */
public class CurrentEngineRegistration extends AbstractTestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext test) {
        if (!test.hasApplicationContext()) {
            return;
        }
        ProcessEngine engine = test.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
        if (engine == null) {
            return;
        }
        if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
        RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
        ProcessEngine registered = container.getProcessEngineService().getProcessEngine(engine.getName());
        if (registered != engine) {
            if (registered != null) {
                container.unregisterProcessEngine(registered);
            }
            container.registerProcessEngine(engine);
        }
    }
}
