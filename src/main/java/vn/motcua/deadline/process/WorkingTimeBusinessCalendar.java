package vn.motcua.deadline.process;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.process.ProcessVariables;

/**
 * The engine's calendar for durations in models: every ISO-8601 duration (user task due
 * dates, timer durations and dates) counts WORKING time on the receiving agency's office hours —
 * {@code PT4H} is four office hours, {@code P2D} two working days of 8 hours. Anything else
 * (an absolute date-time) is read as Camunda reads it.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

    private static final Pattern DURATION =
            Pattern.compile("^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$");

    private final WorkingCalendar calendar;
    private final BusinessCalendar absoluteDates = new DueDateBusinessCalendar();

    WorkingTimeBusinessCalendar(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        return resolve(description, startDate, agencyOfCurrentExecution());
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        Object agency = task instanceof TaskEntity entity && entity.getExecution() != null
                ? entity.getExecution().getVariable(ProcessVariables.AGENCY_CODE) : null;
        return resolve(description, null, agency instanceof String code ? code : null);
    }

    private Date resolve(String description, Date startDate, String agencyCode) {
        Duration workingTime = workingDuration(description.trim());
        if (workingTime == null) {
            return absoluteDates.resolveDuedate(description, startDate);
        }
        LocalDateTime start = ProvinceClock.toLocal(startDate != null ? startDate : ClockUtil.getCurrentTime());
        return ProvinceClock.toDate(calendar.plusWorkingTime(agencyCode, start, workingTime));
    }

    /** A working day is 8 working hours, whatever an agency's office hours add up to. */
    static Duration workingDuration(String description) {
        Matcher m = DURATION.matcher(description);
        if (!m.matches() || description.equals("P") || description.endsWith("T")) {
            return null;
        }
        return WorkingCalendar.WORKING_DAY.multipliedBy(number(m.group(1)))
                .plusHours(number(m.group(2))).plusMinutes(number(m.group(3))).plusSeconds(number(m.group(4)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static String agencyOfCurrentExecution() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        DelegateExecution execution = context == null ? null : context.getExecution();
        Object agency = execution == null ? null : execution.getVariable(ProcessVariables.AGENCY_CODE);
        return agency instanceof String code ? code : null;
    }
}
