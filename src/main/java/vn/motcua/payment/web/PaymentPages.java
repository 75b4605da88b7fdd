package vn.motcua.payment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.motcua.payment.Payments;
import vn.motcua.shared.web.HtmlPage;

/**
 * The fee on a dossier's page (loaded by htmx into the dossier page of a procedure that charges),
 * and the desk's record of a fee paid in cash.
 */
@Controller
@HtmlPage
class PaymentPages {

    private final Payments payments;

    PaymentPages(Payments payments) {
        this.payments = payments;
    }

    @GetMapping("/dossiers/{code}/fee")
    String fee(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("payments", payments.ofDossier(code));
        return "payment/fee :: panel";
    }

    /** The citizen paid the fee in cash at the desk: the dossier moves on, the receipt can be printed. */
    @PostMapping("/desk/{code}/fee/cash")
    @PreAuthorize("hasRole('RECEPTION')")
    String paidInCash(@PathVariable String code) {
        payments.payAtDesk(code);
        return "redirect:/dossiers/" + code;
    }
}
