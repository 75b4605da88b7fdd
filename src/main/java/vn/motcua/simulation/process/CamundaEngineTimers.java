package vn.motcua.simulation.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;
import vn.motcua.simulation.EngineTimers;

/** Stops and restarts the live engine's job executor (a no-op where it does not run, as in tests). */
@Component
class CamundaEngineTimers implements EngineTimers {

    private final ProcessEngine engine;

    CamundaEngineTimers(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void holdWhile(Runnable work) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean running = executor != null && executor.isActive();
        if (running) {
            executor.shutdown();
        }
        try {
            work.run();
        } finally {
            if (running) {
                executor.start();
            }
        }
    }
}
