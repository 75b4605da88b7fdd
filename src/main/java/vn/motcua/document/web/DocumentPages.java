package vn.motcua.document.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.document.DossierDocuments;
import vn.motcua.shared.web.HtmlPage;

/**
 * The files a citizen sent with a dossier, as parts that the dossier page and the desk load
 * with htmx: the dossier module shows them without knowing this module (which depends on it).
 * {@link DossierDocuments#list} answers only for a dossier the clerk may see.
 */
@Controller
@HtmlPage
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
class DocumentPages {

    private final DossierDocuments documents;

    DocumentPages(DossierDocuments documents) {
        this.documents = documents;
    }

    /** Name, kind, size, upload time and links to open or download each file. */
    @GetMapping("/dossiers/{code}/documents")
    String list(@PathVariable String code, Model model) {
        return fragment(code, model, false);
    }

    /** The same with each file shown inline (PDF in a frame, pictures as images), for the desk's check. */
    @GetMapping("/dossiers/{code}/documents/preview")
    String preview(@PathVariable String code, Model model) {
        return fragment(code, model, true);
    }

    private String fragment(String code, Model model, boolean preview) {
        model.addAttribute("documents", documents.list(code));
        model.addAttribute("code", code);
        model.addAttribute("preview", preview);
        return "documents :: files";
    }
}
