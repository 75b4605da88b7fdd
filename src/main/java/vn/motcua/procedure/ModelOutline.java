package vn.motcua.procedure;

import java.util.List;

/**
 * What a model says to someone comparing versions: its statutory time, every step with the
 * group that does it, and the normal path's length and agency hand-overs.
 */
public record ModelOutline(String versionTag, Integer statutoryWorkingDays, List<Step> steps,
                           int normalPathSteps, int normalPathHandovers) {

    public record Step(String id, String name, String candidateGroups) {
    }

    public ModelOutline {
        steps = List.copyOf(steps);
    }
}
