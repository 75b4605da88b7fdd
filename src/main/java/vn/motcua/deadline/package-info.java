/**
 * Working time: office hours per agency, weekends, Vietnamese public holidays (Labour Code
 * 2019 Art. 112, lunar ones from the Vietnamese calendar), yearly overrides, and the due
 * dates and durations that the one-stop rules derive from them. Also the engine's business
 * calendar, so that BPMN timers count working time.
 */
package vn.motcua.deadline;
