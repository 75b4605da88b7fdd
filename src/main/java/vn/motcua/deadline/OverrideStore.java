package vn.motcua.deadline;

import java.util.List;

/** Where administrators' yearly overrides are kept. */
interface OverrideStore {

    List<CalendarOverride> ofYear(int year);

    /** Replaces all overrides of the year at once. */
    void replaceYear(int year, List<CalendarOverride> overrides);
}
