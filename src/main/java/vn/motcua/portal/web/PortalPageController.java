package vn.motcua.portal.web;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.portal.LookupThrottle;
import vn.motcua.portal.SatisfactionCriterion;
import vn.motcua.portal.SatisfactionRatings;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * The citizens' pages without login: look a dossier up by code and ID number, and rate a
 * finished one. Misses of either are counted by the lookup throttle against guessing.
 */
@Controller
class PortalPageController {

    private final Dossiers dossiers;
    private final LookupThrottle throttle;
    private final SatisfactionRatings ratings;
    private final MessageSource messages;

    PortalPageController(Dossiers dossiers, LookupThrottle throttle, SatisfactionRatings ratings,
                         MessageSource messages) {
        this.dossiers = dossiers;
        this.throttle = throttle;
        this.ratings = ratings;
        this.messages = messages;
    }

    @GetMapping("/portal")
    String home() {
        return "portal/home";
    }

    /** A wrong pair shows the same message as an unknown code, and never echoes the ID number. */
    @PostMapping("/portal/lookup")
    String lookup(@RequestParam(required = false) String code, @RequestParam(required = false) String idNumber,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("code", code);
        if (throttled(request, response, model)) {
            return "portal/home";
        }
        PublicDossierView view = dossiers.lookup(code == null ? null : code.trim(), idNumber).orElse(null);
        if (view == null) {
            throttle.recordMiss(request.getRemoteAddr());
            model.addAttribute("lookupError", message("error.dossier.lookupMiss"));
            return "portal/home";
        }
        model.addAttribute("dossier", view);
        return "portal/home";
    }

    @GetMapping("/portal/rating")
    String ratingForm(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code).addAttribute("criteria", SatisfactionCriterion.values())
                .addAttribute("scores", Map.of());
        return "portal/rating";
    }

    @PostMapping("/portal/rating")
    String rate(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        Map<SatisfactionCriterion, String> scores = new EnumMap<>(SatisfactionCriterion.class);
        for (SatisfactionCriterion criterion : SatisfactionCriterion.values()) {
            scores.put(criterion, form.get(criterion.column()));
        }
        model.addAttribute("code", form.get("code")).addAttribute("comment", form.get("comment"))
                .addAttribute("criteria", SatisfactionCriterion.values()).addAttribute("scores", form);
        if (throttled(request, response, model)) {
            return "portal/rating";
        }
        try {
            ratings.rate(form.get("code"), form.get("phone"), scores, form.get("comment"));
        } catch (DomainException e) {
            if (e instanceof NotFoundException) {
                throttle.recordMiss(request.getRemoteAddr());
            }
            response.setStatus(statusOf(e).value());
            model.addAttribute("ratingError", message(e.messageKey(), e.arguments()))
                    .addAttribute("errorField", e.field());
            return "portal/rating";
        }
        return "portal/rated";
    }

    private boolean throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        Duration wait = throttle.waitFor(request.getRemoteAddr());
        if (wait.isZero() || wait.isNegative()) {
            return false;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("lookupError", message("error.lookup.tooManyMisses"))
                .addAttribute("ratingError", message("error.lookup.tooManyMisses"));
        return true;
    }

    private static HttpStatus statusOf(DomainException e) {
        return e instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : e instanceof ConflictException ? HttpStatus.CONFLICT
                : e instanceof InvalidInputException ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
