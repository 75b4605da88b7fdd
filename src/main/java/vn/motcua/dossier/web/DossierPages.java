package vn.motcua.dossier.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierOrder;
import vn.motcua.dossier.DossierTransition;
import vn.motcua.dossier.Dossiers;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.web.FormErrors;
import vn.motcua.shared.web.HtmlPage;
import vn.motcua.shared.web.Pager;

/**
 * Staff's view of dossiers: a search over the dossiers they may see, page by page, and one dossier with
 * its dates, history and forms. {@link Dossiers} scopes both: another agency's dossier is a 404.
 */
@Controller
@HtmlPage
@RequestMapping("/dossiers")
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
class DossierPages {

    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final FormErrors errors;

    DossierPages(Dossiers dossiers, ProcedureCatalog catalog, FormErrors errors) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.errors = errors;
    }

    /** The search (docs/clerks.md): one box for code, name, ID number or phone; sorted and paged. */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sort", sort == null || sort.isBlank() ? DossierOrder.RECEIVED.parameter() : sort);
        model.addAttribute("orders", DossierOrder.values());
        model.addAttribute("procedureNames", catalog.all().stream()
                .collect(Collectors.toMap(Procedure::code, Procedure::name)));
        try {
            ResultPage<Dossier> result = dossiers.find(q, DossierOrder.of(sort), PageRequest.of(page, size));
            model.addAttribute("dossiers", result.items());
            model.addAttribute("pager", Pager.of(result, request));
        } catch (InvalidInputException e) {
            model.addAttribute("searchError", errors.of(e));
            model.addAttribute("dossiers", List.of());
        }
        return "dossiers";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        Dossier dossier = dossiers.get(code);
        List<DossierTransition> history = dossiers.history(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", catalog.find(dossier.procedureCode()).orElse(null));
        model.addAttribute("history", history);
        model.addAttribute("forms", IssuedForms.of(history));
        return "dossier";
    }
}
