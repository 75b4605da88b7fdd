package vn.motcua.deadline;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar's defaults, from {@code motcua.calendar.*}: office hours of agencies that do
 * not declare their own, the cut-off after which a same-day procedure is due the next working
 * day, and how many working hours make a working day (common practice: 8).
 */
@ConfigurationProperties(prefix = "motcua.calendar")
public record CalendarSettings(@DefaultValue("07:00-11:30,13:30-17:00") String officeHours,
                               @DefaultValue("15:00") LocalTime sameDayCutoff,
                               @DefaultValue("8") int hoursPerWorkingDay) {
}
