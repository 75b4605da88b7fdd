package vn.motcua.shared.process;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What a deployed model can reach inside the engine, whatever way it was deployed (the model
 * validator, the modeler, the catalogue, or an administrator through /engine-rest):
 * <ul>
 * <li>expressions resolve only the shipped delegate beans and call no method
 *     ({@link AllowListExpressionManager} instead of Camunda's Spring expression manager, which
 *     exposes every bean of the application context);</li>
 * <li>no script runs, in any language: the Spring configuration hands scripts every bean too, and a
 *     script (even {@code language="juel"}) calls methods freely.</li>
 * </ul>
 * Set before the engine initialises, so every expression of every deployment is built with it.
 */
@Component
class ModelExecutionLimits extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    ModelExecutionLimits(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Beans are looked up when an expression needs one: at this point the delegates'
        // own dependencies (services on the engine being built) cannot be created yet.
        configuration.setExpressionManager(new AllowListExpressionManager(DelegateBeans.NAMES, context::getBean));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getScriptingEngines().setScriptEngineResolver(
                new NoScripts(configuration.getScriptingEngines().getScriptEngineManager()));
    }

    /** Finds no script engine for any language, so every script fails before it runs. */
    private record NoScripts(ScriptEngineManager manager) implements ScriptEngineResolver {

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            // no engine is ever offered
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return manager;
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            return null;
        }
    }
}
