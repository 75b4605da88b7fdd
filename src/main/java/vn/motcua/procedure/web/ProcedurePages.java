package vn.motcua.procedure.web;

import java.util.Comparator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureDiff;
import vn.motcua.procedure.ProcedureDrafts;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.shared.NotFoundException;

/** The analysts' pages: the procedures with their versions and drafts, and the browser modeler. */
@Controller
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class ProcedurePages {

    private final ProcedureCatalog catalog;
    private final ProcedureDrafts drafts;
    private final ProcedureDiff diffs;

    ProcedurePages(ProcedureCatalog catalog, ProcedureDrafts drafts, ProcedureDiff diffs) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.diffs = diffs;
    }

    @GetMapping("/procedures")
    String list(Model model) {
        model.addAttribute("procedures", catalog.all());
        return "procedures/list";
    }

    @GetMapping("/procedures/{code}/modeler")
    String modeler(@PathVariable String code, Model model) {
        Procedure procedure = procedure(code);
        model.addAttribute("procedure", procedure);
        model.addAttribute("current", newest(procedure));
        model.addAttribute("drafts", drafts.of(code));
        return "procedures/modeler";
    }

    /** The diff fragment: a version against another version or against a draft. */
    @GetMapping("/procedures/{code}/diff")
    String diff(@PathVariable String code, @RequestParam int from, @RequestParam(required = false) Integer to,
                @RequestParam(required = false) Long draft, Model model) {
        Procedure procedure = procedure(code);
        int target = to != null ? to : newest(procedure).version();
        model.addAttribute("diff", draft != null ? diffs.versionToDraft(code, from, draft)
                : diffs.betweenVersions(code, from, target));
        model.addAttribute("fromLabel", "v" + from);
        model.addAttribute("toLabel", draft != null ? "#" + draft : "v" + target);
        return "procedures/diff :: diff";
    }

    private Procedure procedure(String code) {
        return catalog.find(code).orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", code));
    }

    private static ProcedureVersion newest(Procedure procedure) {
        return procedure.versions().stream().max(Comparator.comparing(ProcedureVersion::version)).orElseThrow();
    }
}
