package vn.motcua.deadline.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.deadline.CalendarDay;
import vn.motcua.deadline.CalendarOverride;
import vn.motcua.deadline.DueDate;
import vn.motcua.deadline.PublicHolidays;
import vn.motcua.deadline.WorkingCalendar;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.shared.web.FormErrors;
import vn.motcua.shared.web.HtmlPage;

/**
 * The administrator's working calendar: a year's public holidays (with their lunar dates),
 * compensation days and overrides; adding, changing and removing an override with its legal
 * basis; and a due-date check against the calendar as it now stands. Every rule lives in
 * {@link WorkingCalendar}; a refused input shows the page again, with status 400 and the
 * message beside the field.
 */
@Controller
@HtmlPage
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarPages {

    private final WorkingCalendar calendar;
    private final FormErrors errors;
    private final ProvinceClock clock;

    CalendarPages(WorkingCalendar calendar, FormErrors errors, ProvinceClock clock) {
        this.calendar = calendar;
        this.errors = errors;
        this.clock = clock;
    }

    /** {@code ?year=2024}, optionally {@code &edit=2024-04-29} and a due-date question. */
    @GetMapping
    String year(@RequestParam(required = false) String year, @RequestParam(required = false) String edit,
                @RequestParam(required = false) String receivedAt, @RequestParam(required = false) String workingDays,
                Model model, HttpServletResponse response) {
        int shown = year(year);
        OverrideForm form = edit == null ? OverrideForm.EMPTY : calendar.listedDays(shown).stream()
                .filter(day -> day.isOverride() && day.date().toString().equals(edit))
                .findFirst().map(OverrideForm::of).orElse(OverrideForm.EMPTY);
        if (receivedAt != null || workingDays != null) {
            try {
                model.addAttribute("due", dueDate(receivedAt, workingDays));
            } catch (InvalidInputException e) {
                model.addAttribute("dueError", errors.of(e));
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        model.addAttribute("receivedAt", receivedAt);
        model.addAttribute("workingDays", workingDays);
        return page(shown, form, model);
    }

    /** Adds the day's override or changes the one it has. */
    @PostMapping("/overrides")
    String save(@ModelAttribute OverrideForm form, @RequestParam(required = false) String year, Principal principal,
                Model model, HttpServletResponse response, RedirectAttributes next) {
        try {
            CalendarOverride entry = form.toOverride();
            calendar.saveOverride(entry, principal.getName());
            next.addFlashAttribute("saved", entry.date());
            return "redirect:/admin/calendar?year=" + entry.date().getYear();
        } catch (InvalidInputException e) {
            model.addAttribute("formError", errors.of(e));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(year(year), form, model);
        }
    }

    @PostMapping("/overrides/{date}/remove")
    String remove(@PathVariable String date, Principal principal, RedirectAttributes next) {
        LocalDate day = parsed(date);
        calendar.removeOverride(day, principal.getName());
        next.addFlashAttribute("removed", day);
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    private String page(int year, OverrideForm form, Model model) {
        List<CalendarDay> days = calendar.listedDays(year);
        model.addAttribute("year", year);
        model.addAttribute("days", days);
        model.addAttribute("form", form);
        model.addAttribute("holidayRules", PublicHolidays.LEGAL_BASIS);
        model.addAttribute("firstYear", PublicHolidays.FIRST_YEAR);
        model.addAttribute("lastYear", PublicHolidays.LAST_YEAR);
        return "admin/calendar";
    }

    /** The year asked for, this year by default; refused, naming the field, when not a year of the calendar. */
    private int year(String year) {
        if (year == null || year.isBlank()) {
            return clock.now().getYear();
        }
        try {
            return WorkingCalendar.checkedYear(Integer.parseInt(year.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "error.calendar.yearMalformed");
        }
    }

    private static LocalDate parsed(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "error.calendar.dateMalformed");
        }
    }

    private DueDate dueDate(String receivedAt, String workingDays) {
        LocalDateTime received;
        try {
            received = LocalDateTime.parse(receivedAt == null ? "" : receivedAt.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("receivedAt", "error.calendar.receivedAtMalformed");
        }
        int days;
        try {
            days = Integer.parseInt(workingDays == null ? "" : workingDays.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("workingDays", "error.calendar.workingDaysRange");
        }
        return DueDateCheck.dueDate(calendar, null, received, DueDateCheck.workingDays(days), "workingDays");
    }
}
