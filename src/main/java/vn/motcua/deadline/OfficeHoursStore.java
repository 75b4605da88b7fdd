package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.util.Map;

/** Where agencies' own office hours are kept. */
interface OfficeHoursStore {

    /** The agency's declared periods by weekday; weekdays it does not declare are absent. */
    Map<DayOfWeek, OfficePeriods> declaredBy(String agencyCode);
}
