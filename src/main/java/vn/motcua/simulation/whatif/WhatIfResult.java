package vn.motcua.simulation.whatif;

import java.util.List;

/** The baseline (the version in force) and the candidate (the draft), side by side. */
public record WhatIfResult(String baselineLabel, String candidateLabel, ModelResult baseline,
                           ModelResult candidate, Inputs inputs) {

    /** What the run assumed, shown with the result. */
    public record Inputs(String agencyCode, double arrivalsPerWorkingDay, boolean arrivalsFromHistory,
                         int dossiers, int clerksPerGroup, boolean variability) {
    }

    /** One step: how often it was done, mean waiting in the group's queue and mean service time. */
    public record StepResult(String stepId, String name, String group, int count, double meanWaitingMinutes,
                             double meanServiceMinutes, boolean serviceFromHistory) {
    }

    /** One model's dossiers: working time to resolution (mean, 90th percentile) and on-time share. */
    public record ModelResult(int statutoryWorkingDays, int dossiers, double meanWorkingMinutes,
                              double p90WorkingMinutes, double onTimeRate, List<StepResult> steps) {
    }

    /** The candidate's reduction of the mean working time, in % of the baseline (negative: longer). */
    public double meanReductionPercent() {
        return reduction(baseline.meanWorkingMinutes(), candidate.meanWorkingMinutes());
    }

    public double p90ReductionPercent() {
        return reduction(baseline.p90WorkingMinutes(), candidate.p90WorkingMinutes());
    }

    private static double reduction(double before, double after) {
        return before <= 0 ? 0 : 100.0 * (before - after) / before;
    }
}
