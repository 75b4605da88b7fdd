package vn.motcua.forms.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.document.DossierDocuments;
import vn.motcua.forms.OfficialForm;
import vn.motcua.forms.OfficialForms;

/** A dossier's control slip (form 06) as a page, with links to every form it was issued and its files. */
@Controller
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
class ControlSlipPageController {

    private final OfficialForms forms;
    private final DossierDocuments documents;

    ControlSlipPageController(OfficialForms forms, DossierDocuments documents) {
        this.forms = forms;
        this.documents = documents;
    }

    @GetMapping("/dossiers/{code}/control-slip")
    String controlSlip(@PathVariable String code, Model model) {
        model.addAttribute("sheet", forms.sheet(code, OfficialForm.CONTROL_SLIP));
        model.addAttribute("issued", forms.issued(code));
        model.addAttribute("documents", documents.list(code));
        return "forms/control-slip-page";
    }
}
