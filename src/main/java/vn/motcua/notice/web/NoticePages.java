package vn.motcua.notice.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.notice.DossierNotices;

/**
 * The citizen's notices as a fragment of the dossier page, loaded by htmx: served here so the
 * dossier module needs no knowledge of notices (no dossier → notice dependency).
 */
@Controller
class NoticePages {

    private final DossierNotices notices;

    NoticePages(DossierNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/dossiers/{code}/notices")
    String list(@PathVariable String code, Model model) {
        model.addAttribute("notices", notices.of(code));
        return "notices :: list";
    }
}
