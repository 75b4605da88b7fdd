package vn.motcua.security.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.agency.Agency;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.security.AccountAdministration;
import vn.motcua.security.Role;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.web.FormErrors;
import vn.motcua.shared.web.HtmlPage;

/**
 * The administrators' account pages: the list with the form that creates an account, and one
 * account's page (agency and roles, disable or enable, new password). Every rule lives in
 * {@link AccountAdministration}; a refused input shows the form again with the message beside
 * the field and the status of the refusal (400, or 409 for a taken name or the last administrator).
 * A password typed here is never put back into a page.
 */
@Controller
@HtmlPage
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AccountPages {

    private final AccountAdministration administration;
    private final AgencyDirectory agencies;
    private final FormErrors errors;

    AccountPages(AccountAdministration administration, AgencyDirectory agencies, FormErrors errors) {
        this.administration = administration;
        this.agencies = agencies;
        this.errors = errors;
    }

    /** What the create form holds when shown again after a refusal (never the password). */
    record NewAccountForm(String username, String fullName, String agencyCode, List<String> roles) {
        static final NewAccountForm EMPTY = new NewAccountForm("", "", "", List.of());
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, NewAccountForm.EMPTY);
    }

    @PostMapping
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String fullName,
                  @RequestParam(required = false) String agencyCode,
                  @RequestParam(required = false) List<String> roles, @RequestParam(required = false) String password,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String created = administration.create(username, fullName, agencyCode, roles, password).username();
            redirect.addFlashAttribute("done", "CREATED");
            return "redirect:/admin/users/" + created;
        } catch (DomainException e) {
            refused(e, model, response);
            return listPage(model, new NewAccountForm(username, fullName, agencyCode, roles == null ? List.of() : roles));
        }
    }

    @GetMapping("/{username}")
    String account(@PathVariable String username, Model model) {
        return accountPage(username, model);
    }

    @PostMapping("/{username}/assignment")
    String reassign(@PathVariable String username, @RequestParam(required = false) String agencyCode,
                    @RequestParam(required = false) List<String> roles, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return act(username, "REASSIGNED", () -> administration.reassign(username, agencyCode, roles),
                model, response, redirect);
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return act(username, "DISABLED", () -> administration.disable(username), model, response, redirect);
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return act(username, "ENABLED", () -> administration.enable(username), model, response, redirect);
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(username, "PASSWORD_RESET", () -> administration.resetPassword(username, password),
                model, response, redirect);
    }

    private String act(String username, String done, Runnable action, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/admin/users/" + username;
        } catch (DomainException e) {
            refused(e, model, response);
            return accountPage(username, model);
        }
    }

    private void refused(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("formError", errors.of(e));
    }

    private String listPage(Model model, NewAccountForm form) {
        model.addAttribute("accounts", administration.all());
        model.addAttribute("form", form);
        return common(model, "admin/users");
    }

    private String accountPage(String username, Model model) {
        model.addAttribute("account", administration.get(username));
        return common(model, "admin/user");
    }

    private String common(Model model, String view) {
        List<Agency> all = agencies.all();
        model.addAttribute("agencies", all);
        model.addAttribute("agencyByCode", all.stream().collect(Collectors.toMap(Agency::code, Function.identity())));
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        return view;
    }
}
