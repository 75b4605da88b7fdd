package vn.motcua.shared.process;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's expressions, reduced to what our models need: process variables (and the engine's
 * own {@code execution}/{@code task} names), literals, operators, and the shipped delegate beans by
 * name. Nothing else resolves:
 * <ul>
 * <li>no other Spring bean (Camunda's Spring expression manager exposes the whole application
 *     context, {@code jdbcTemplate} included);</li>
 * <li>no method call: expressions are parsed without the method-invocation feature, so
 *     {@code ${bean.method()}} is a parse error at deployment;</li>
 * <li>no property of an object ({@code ${execution.processEngine}}): no bean-property resolver.</li>
 * </ul>
 * The model validator refuses all of this before deployment; this is the second line, for a model
 * that reaches the engine another way.
 */
public class AllowListExpressionManager extends JuelExpressionManager {

    private final Set<String> beanNames;
    private final Function<String, Object> beans;

    /** {@code beans} is asked only for names in {@code beanNames}, when an expression needs one. */
    public AllowListExpressionManager(Set<String> beanNames, Function<String, Object> beans) {
        this.beanNames = Set.copyOf(beanNames);
        this.beans = beans;
        Properties noMethodCalls = new Properties();
        noMethodCalls.setProperty(ExpressionFactoryImpl.PROP_METHOD_INVOCATIONS, "false");
        setExpressionFactory(new ExpressionFactoryImpl(noMethodCalls));
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new AllowedBeans());
        return resolver;
    }

    /** Resolves a top-level name to a delegate bean when, and only when, it is on the list. */
    private final class AllowedBeans extends ELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String name && beanNames.contains(name)) {
                context.setPropertyResolved(true);
                return beans.apply(name);
            }
            return null;
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return true;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // read-only: an expression never replaces a bean
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return Collections.emptyIterator();
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return Object.class;
        }
    }
}
