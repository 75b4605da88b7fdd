package vn.motcua.nationalportal.web;

import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.delivery.DeliveryStatus;
import vn.motcua.delivery.QueuedMessage;
import vn.motcua.nationalportal.PortalOutbox;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.web.HtmlPage;
import vn.motcua.shared.web.Pager;

/**
 * The administrators' view of the sync with the national portal: messages per day by where they
 * stand, the oldest waiting one, the parked ones with a re-send button, and the reconciliation
 * list of dossiers whose last state the portal has not acknowledged.
 */
@Controller
@HtmlPage
@RequestMapping("/admin/national-portal")
@PreAuthorize("hasRole('ADMIN')")
class NationalPortalPages {

    private final PortalOutbox outbox;

    NationalPortalPages(PortalOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
                    Model model, HttpServletRequest request) {
        model.addAttribute("configured", outbox.configured());
        model.addAttribute("days", outbox.daily());
        model.addAttribute("daysShown", PortalOutbox.DAYS_SHOWN);
        model.addAttribute("pending", outbox.count(DeliveryStatus.PENDING));
        model.addAttribute("sent", outbox.count(DeliveryStatus.SENT));
        model.addAttribute("failedCount", outbox.count(DeliveryStatus.FAILED));
        model.addAttribute("oldest", outbox.oldestPending().orElse(null));
        var failed = outbox.failed(PageRequest.of(page, size));
        model.addAttribute("failed", failed.items().stream().map(FailedRow::of).toList());
        model.addAttribute("pager", Pager.of(failed, request));
        return "admin/national-portal";
    }

    @GetMapping("/reconciliation")
    String reconciliation(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
                          Model model, HttpServletRequest request) {
        var keys = outbox.unacknowledged(PageRequest.of(page, size));
        model.addAttribute("keys", keys.items());
        model.addAttribute("pager", Pager.of(keys, request));
        return "admin/national-portal-reconciliation";
    }

    @PostMapping("/messages/{id}/resend")
    String resend(@PathVariable String id, RedirectAttributes next) {
        long messageId = messageId(id);
        outbox.resend(messageId);
        next.addFlashAttribute("resent", messageId);
        return "redirect:/admin/national-portal";
    }

    private static long messageId(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("id", "error.field.malformed", "id");
        }
    }

    /** A parked message as the page lists it. */
    record FailedRow(long id, String dossierCode, String service, int attempts, LocalDateTime createdAt,
                     String reason) {

        static FailedRow of(QueuedMessage m) {
            return new FailedRow(m.id(), m.orderingKey(), PortalOutbox.serviceOf(m), m.attempts(), m.createdAt(),
                    m.lastError());
        }
    }
}
