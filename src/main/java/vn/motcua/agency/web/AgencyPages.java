package vn.motcua.agency.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.motcua.agency.AgencyAdministration;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.agency.AgencyKind;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.web.FormErrors;
import vn.motcua.shared.web.HtmlPage;

/**
 * The administrators' agency page: the organisation tree, a form that adds an agency under
 * another and, on each agency, a form that renames it. Codes are shown but never editable.
 */
@Controller
@HtmlPage
@RequestMapping("/admin/agencies")
@PreAuthorize("hasRole('ADMIN')")
class AgencyPages {

    private final AgencyDirectory directory;
    private final AgencyAdministration administration;
    private final FormErrors errors;

    AgencyPages(AgencyDirectory directory, AgencyAdministration administration, FormErrors errors) {
        this.directory = directory;
        this.administration = administration;
        this.errors = errors;
    }

    /** One line of the tree: the agency and how deep it sits under the province. */
    record Branch(Agency agency, int depth) {
    }

    /** What the add form holds when shown again after a refusal. */
    record NewAgencyForm(String code, String parentCode, String kind, String nameVi, String nameEn) {
        static final NewAgencyForm EMPTY = new NewAgencyForm("", "", AgencyKind.COMMUNE.name(), "", "");
    }

    @GetMapping
    String tree(Model model) {
        return page(model, NewAgencyForm.EMPTY);
    }

    @PostMapping
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String parentCode,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String nameVi,
               @RequestParam(required = false) String nameEn, Principal administrator, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Agency added = administration.add(administrator.getName(), code, parentCode, kind, nameVi, nameEn);
            redirect.addFlashAttribute("added", added.code());
            return "redirect:/admin/agencies";
        } catch (DomainException e) {
            refused(e, model, response);
            return page(model, new NewAgencyForm(code, parentCode, kind, nameVi, nameEn));
        }
    }

    @PostMapping("/{code}/name")
    String rename(@PathVariable String code, @RequestParam(required = false) String nameVi,
                  @RequestParam(required = false) String nameEn, Principal administrator, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            administration.rename(administrator.getName(), code, nameVi, nameEn);
            redirect.addFlashAttribute("renamed", code);
            return "redirect:/admin/agencies";
        } catch (DomainException e) {
            refused(e, model, response);
            model.addAttribute("renaming", code);
            return page(model, NewAgencyForm.EMPTY);
        }
    }

    private void refused(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
                : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("formError", errors.of(e));
    }

    private String page(Model model, NewAgencyForm form) {
        List<Agency> all = directory.all();
        model.addAttribute("branches", tree(all));
        model.addAttribute("agencies", all);
        model.addAttribute("kinds", List.of(AgencyKind.DEPARTMENT, AgencyKind.COMMUNE));
        model.addAttribute("form", form);
        return "admin/agencies";
    }

    /** The agencies in tree order: each followed by the agencies under it, in their sort order. */
    static List<Branch> tree(List<Agency> agencies) {
        Map<String, List<Agency>> children = agencies.stream().filter(a -> a.parentCode() != null)
                .collect(Collectors.groupingBy(Agency::parentCode));
        List<Branch> branches = new ArrayList<>();
        agencies.stream().filter(a -> a.parentCode() == null).forEach(root -> walk(root, 0, children, branches));
        return branches;
    }

    private static void walk(Agency agency, int depth, Map<String, List<Agency>> children, List<Branch> branches) {
        branches.add(new Branch(agency, depth));
        children.getOrDefault(agency.code(), List.of()).forEach(child -> walk(child, depth + 1, children, branches));
    }
}
