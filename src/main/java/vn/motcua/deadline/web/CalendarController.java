package vn.motcua.deadline.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.deadline.CalendarDay;
import vn.motcua.deadline.CalendarOverride;
import vn.motcua.deadline.DueDate;
import vn.motcua.deadline.PublicHolidays;
import vn.motcua.deadline.StatutoryTime;
import vn.motcua.deadline.StatutoryTimes;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/** The working-day calendar as JSON: due dates, a year's holidays, the administrator's overrides. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    /** {@code legalBasis}: the decision or notice behind an override (null for computed days). */
    record DayJson(LocalDate date, CalendarDay.Kind kind, String name, String lunarDate, String legalBasis) {
    }

    /** {@code holidayRules}: the law whose holidays every year is computed by. */
    record YearJson(int year, String holidayRules, List<DayJson> days) {
    }

    record OverridesBody(List<CalendarOverride> overrides) {
    }

    private final WorkingCalendar calendar;
    private final StatutoryTimes statutoryTimes;

    CalendarController(WorkingCalendar calendar, StatutoryTimes statutoryTimes) {
        this.calendar = calendar;
        this.statutoryTimes = statutoryTimes;
    }

    /** {@code ?receivedAt=2026-04-29T10:00&workingDays=3} or {@code &procedure=1.001612}, optional {@code &agency=}. */
    @GetMapping("/due-date")
    DueDate dueDate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime receivedAt,
                    @RequestParam(required = false) Integer workingDays,
                    @RequestParam(required = false) String procedure,
                    @RequestParam(required = false) String agency) {
        StatutoryTime time = statutoryTime(workingDays, procedure);
        return DueDateCheck.dueDate(calendar, agency, receivedAt, time, workingDays != null ? "workingDays" : "procedure");
    }

    @GetMapping("/{year}")
    YearJson year(@PathVariable int year) {
        return json(year, calendar.listedDays(year));
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    YearJson replaceOverrides(@PathVariable int year, @RequestBody OverridesBody body, Principal principal) {
        List<CalendarOverride> overrides = body == null || body.overrides() == null ? List.of() : body.overrides();
        return json(year, calendar.replaceOverrides(year, overrides, principal.getName()));
    }

    private StatutoryTime statutoryTime(Integer workingDays, String procedure) {
        if (workingDays != null) {
            return DueDateCheck.workingDays(workingDays);
        }
        if (procedure == null || procedure.isBlank()) {
            throw new InvalidInputException("workingDays", "error.calendar.workingDaysOrProcedure");
        }
        return statutoryTimes.current(procedure)
                .orElseThrow(() -> new NotFoundException("procedure", "error.procedure.unknown", procedure));
    }

    private static YearJson json(int year, List<CalendarDay> days) {
        Locale locale = LocaleContextHolder.getLocale();
        return new YearJson(year, PublicHolidays.LEGAL_BASIS, days.stream()
                .map(day -> new DayJson(day.date(), day.kind(), day.name(locale), day.lunarDate(), day.legalBasis()))
                .toList());
    }
}
