package vn.motcua.forms.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.forms.Logbook;
import vn.motcua.security.CurrentUser;
import vn.motcua.security.StaffUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.ProvinceClock;

/** An agency's logbook (form 07) for a period, as a page with PDF and spreadsheet downloads. */
@Controller
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
class LogbookPageController {

    private final Logbook logbook;
    private final AgencyDirectory agencies;
    private final CurrentUser currentUser;
    private final ProvinceClock clock;
    private final MessageSource messages;

    LogbookPageController(Logbook logbook, AgencyDirectory agencies, CurrentUser currentUser, ProvinceClock clock,
                          MessageSource messages) {
        this.logbook = logbook;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.clock = clock;
        this.messages = messages;
    }

    /** Without parameters: this month so far, of the clerk's own agency. */
    @GetMapping("/logbook")
    String logbook(@RequestParam(required = false) String agency, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        LocalDate today = clock.now().toLocalDate();
        String agencyCode = agency == null ? currentUser.get().agencyCode() : agency;
        String first = from == null ? today.withDayOfMonth(1).toString() : from;
        String last = to == null ? today.toString() : to;
        choices(model, agencyCode, first, last);
        model.addAttribute("book", logbook.sheet(agencyCode, first, last));
        return "forms/logbook-page";
    }

    /** Bad parameters: the same form again, with the field's message and no table. */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(InvalidInputException e, HttpServletRequest request, Model model) {
        choices(model, request.getParameter("agency"), request.getParameter("from"), request.getParameter("to"));
        model.addAttribute("errorField", e.field()).addAttribute("errorMessage",
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        return "forms/logbook-page";
    }

    private void choices(Model model, String agency, String from, String to) {
        StaffUser user = currentUser.get();
        List<Agency> choosable = user.seesAllAgencies() ? agencies.all() : List.of(agencies.get(user.agencyCode()));
        model.addAttribute("agency", agency).addAttribute("from", from).addAttribute("to", to)
                .addAttribute("agencies", choosable);
    }
}
