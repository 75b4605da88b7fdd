package vn.motcua.audit.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.audit.AuditChain;
import vn.motcua.audit.AuditLog;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditRecord;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.web.Pager;

/**
 * The auditors' page: the trail filtered by dossier, user and period, newest first a page at a
 * time, and the chain check.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
class AuditPageController {

    private final AuditLog log;
    private final AuditChain chain;

    AuditPageController(AuditLog log, AuditChain chain) {
        this.log = log;
        this.chain = chain;
    }

    @GetMapping("/audit")
    String trail(@RequestParam(required = false) String dossier,
                 @RequestParam(required = false) String user,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                 HttpServletRequest request, Model model) {
        AuditQuery query = new AuditQuery(dossier, user, from, to);
        PageRequest lines = PageRequest.of(page, size); // a bad page number gets the error page, naming it
        model.addAttribute("query", query);
        try {
            ResultPage<AuditRecord> records = log.page(query, lines);
            model.addAttribute("records", records.items());
            model.addAttribute("pager", Pager.of(records, request));
        } catch (InvalidInputException e) {
            model.addAttribute("records", List.of());
            model.addAttribute("errorField", e.field());
        }
        return "audit/trail";
    }

    /** htmx: the verdict replaces the verification panel. */
    @PostMapping("/audit/verification")
    String verify(Model model) {
        chain.seal();
        model.addAttribute("verification", chain.verify());
        return "audit/trail :: verification";
    }
}
