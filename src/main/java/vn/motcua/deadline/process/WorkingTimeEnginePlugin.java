package vn.motcua.deadline.process;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.WorkingCalendar;

/**
 * Puts working time into the engine: timer durations ("duration"), timer and task due dates
 * ("dueDate") go through {@link WorkingTimeBusinessCalendar}; repeating cycles keep Camunda's.
 */
@Component
class WorkingTimeEnginePlugin extends AbstractProcessEnginePlugin {

    private final WorkingCalendar calendar;

    WorkingTimeEnginePlugin(@Lazy WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        WorkingTimeBusinessCalendar workingTime = new WorkingTimeBusinessCalendar(calendar);
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, workingTime);
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, workingTime);
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
