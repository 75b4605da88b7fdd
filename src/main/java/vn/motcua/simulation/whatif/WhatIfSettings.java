package vn.motcua.simulation.whatif;

import java.util.Map;

import vn.motcua.shared.InvalidInputException;

/**
 * The analyst's choices for a what-if run.
 *
 * @param dossiers              how many dossiers arrive, for each model
 * @param arrivalsPerWorkingDay the arrival rate; null = the procedure's recent history
 * @param serviceMinutes        working minutes a step takes, by step id; steps not listed take what
 *                              history says (queue waiting taken out), or half their allotted time
 * @param clerksPerGroup        clerks serving each task group at once
 * @param variability           whether service times vary (as in history: each dossier replays a
 *                              historical one; entered or allotted times ±50 %) or all take their mean
 * @param seed                  the random seed, so a run can be repeated exactly
 */
public record WhatIfSettings(int dossiers, Double arrivalsPerWorkingDay, Map<String, Integer> serviceMinutes,
                             int clerksPerGroup, boolean variability, long seed) {

    public static final int MAX_DOSSIERS = 5000;
    public static final int MAX_CLERKS = 100;

    /** Refused here, before a run is queued: a run with absurd settings failed later, out of sight. */
    public WhatIfSettings {
        if (dossiers < 1 || dossiers > MAX_DOSSIERS) {
            throw new InvalidInputException("dossiers", "error.whatif.dossiers", MAX_DOSSIERS);
        }
        if (clerksPerGroup < 1 || clerksPerGroup > MAX_CLERKS) {
            throw new InvalidInputException("clerksPerGroup", "error.whatif.clerks");
        }
        if (arrivalsPerWorkingDay != null && !isRate(arrivalsPerWorkingDay)) {
            throw new InvalidInputException("arrivalsPerWorkingDay", "error.whatif.rate");
        }
        serviceMinutes = Map.copyOf(serviceMinutes);
    }

    /** A usable arrival rate: positive, finite (not NaN) and at most 1000 a working day. */
    public static boolean isRate(double perWorkingDay) {
        return perWorkingDay > 0 && perWorkingDay <= 1000;
    }
}
