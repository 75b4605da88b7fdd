package vn.motcua.simulation.whatif;

import java.util.Map;

/**
 * The analyst's choices for a what-if run.
 *
 * @param dossiers              how many dossiers arrive, for each model
 * @param arrivalsPerWorkingDay the arrival rate; null = the procedure's recent history
 * @param serviceMinutes        working minutes a step takes, by step id; steps not listed take their
 *                              historical mean, or half their allotted time when there is no history
 * @param clerksPerGroup        clerks serving each task group at once
 * @param variability           whether service times vary (uniformly ±50 % around the mean) or not
 * @param seed                  the random seed, so a run can be repeated exactly
 */
public record WhatIfSettings(int dossiers, Double arrivalsPerWorkingDay, Map<String, Integer> serviceMinutes,
                             int clerksPerGroup, boolean variability, long seed) {

    public static final int MAX_DOSSIERS = 5000;

    public WhatIfSettings {
        serviceMinutes = Map.copyOf(serviceMinutes);
    }
}
