/**
 * Clerks' work: the open steps of their agency's groups, claiming, completing with the
 * decisions the BPMN offers, and the reminders the models' timers send before a step is due.
 */
package vn.motcua.tasklist;
