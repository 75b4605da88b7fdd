/**
 * Realistic dossier history. The model ({@link vn.motcua.simulation.SimulationModel}: arrivals,
 * service times, fates) is plain Java with no engine in it, so other tools (a what-if on a
 * separate engine) can reuse it; {@link vn.motcua.simulation.HistoryGenerator} plays it through
 * the real intake, task list and actions with the province clock moved forward for its own
 * thread only (ADR 0012).
 */
package vn.motcua.simulation;
