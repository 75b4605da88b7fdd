package vn.motcua.procedure.validation;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A bean outside the allow-list that counts every way it is reached: a method call, a property
 * read, use as a delegate or listener, or instantiation by class name. Static, so instances made
 * by {@code camunda:class} count too.
 */
public class EvasionProbe implements JavaDelegate, ExecutionListener, TaskListener {

    static final AtomicInteger CALLS = new AtomicInteger();

    public EvasionProbe() {
        CALLS.incrementAndGet();
    }

    public boolean fire() {
        CALLS.incrementAndGet();
        return true;
    }

    public boolean isFired() {
        CALLS.incrementAndGet();
        return true;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CALLS.incrementAndGet();
    }

    @Override
    public void notify(DelegateExecution execution) {
        CALLS.incrementAndGet();
    }

    @Override
    public void notify(DelegateTask task) {
        CALLS.incrementAndGet();
    }
}
