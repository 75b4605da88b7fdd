package vn.motcua.shared.process;

import java.util.ArrayList;
import java.util.List;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
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
 *     script (even {@code language="juel"}) calls methods freely;</li>
 * <li>no model naming a Java class deploys.</li>
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
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new NoJavaClasses());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getScriptingEngines().setScriptEngineResolver(
                new NoScripts(configuration.getScriptingEngines().getScriptEngineManager()));
    }

    /**
     * Refuses the deployment of a model that names a Java class ({@code camunda:class}, a listener's
     * {@code class}, {@code camunda:variableMappingClass}, or the same in the old Activiti namespace
     * the engine still reads): the engine would instantiate any class on the class path.
     */
    private static final class NoJavaClasses extends AbstractBpmnParseListener {

        private static final List<String> CLASS_ATTRIBUTES = List.of("class", "variableMappingClass");
        private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

        @Override
        public void parseRootElement(Element root, List<ProcessDefinitionEntity> processDefinitions) {
            refuseClasses(root);
        }

        private static void refuseClasses(Element element) {
            boolean camundaElement = CAMUNDA.getNamespaceUri().equals(element.getUri())
                    || CAMUNDA.getAlternativeUri().equals(element.getUri());
            for (String attribute : CLASS_ATTRIBUTES) {
                String named = element.attributeNS(CAMUNDA, attribute);
                if (named == null && camundaElement) {
                    named = element.attribute(attribute);
                }
                if (named != null) {
                    throw new ProcessEngineException("A model may not name a Java class (line " + element.getLine()
                            + ": " + attribute + "=\"" + named + "\")");
                }
            }
            element.elements().forEach(NoJavaClasses::refuseClasses);
        }
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
