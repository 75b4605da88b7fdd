package vn.motcua.simulation;

/**
 * The engine's job executor (timers: reminders, escalations). The demo history creates timers
 * due at simulated times long past; were the executor running, it would fire them at once, on
 * the wall clock, in the middle of the generator's work on the same dossiers.
 */
public interface EngineTimers {

    /** Runs {@code work} with the job executor stopped, started again afterwards if it was running. */
    void holdWhile(Runnable work);
}
