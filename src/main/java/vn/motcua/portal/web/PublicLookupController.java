package vn.motcua.portal.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.portal.LookupThrottle;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.TooManyRequestsException;

/** The citizen's status lookup: code plus the applicant's ID number, no login. */
@RestController
class PublicLookupController {

    record StatusJson(int code, String label) {
    }

    record EventJson(LocalDateTime occurredAt, String action, StatusJson status, String step, String agency) {
    }

    record LookupJson(String code, String procedureName, StatusJson status, LocalDateTime receivedAt,
                      LocalDateTime dueAt, List<String> currentSteps, List<EventJson> events) {
    }

    private final Dossiers dossiers;
    private final LookupThrottle throttle;

    PublicLookupController(Dossiers dossiers, LookupThrottle throttle) {
        this.dossiers = dossiers;
        this.throttle = throttle;
    }

    @GetMapping("/api/public/dossiers/{code}")
    LookupJson lookup(@PathVariable String code, @RequestParam(required = false) String idNumber,
                      HttpServletRequest request) {
        String client = request.getRemoteAddr();
        Duration wait = throttle.waitFor(client);
        if (!wait.isZero() && !wait.isNegative()) {
            throw new TooManyRequestsException(wait, "error.lookup.tooManyMisses");
        }
        PublicDossierView view = dossiers.lookup(code, idNumber).orElse(null);
        if (view == null) {
            throttle.recordMiss(client);
            throw new NotFoundException("code", "error.dossier.lookupMiss");
        }
        return json(view);
    }

    private static LookupJson json(PublicDossierView view) {
        return new LookupJson(view.code(), view.procedureName().vi(), status(view.status().code(),
                view.status().labelVi()), view.receivedAt(), view.dueAt(), view.currentSteps(),
                view.events().stream().map(e -> new EventJson(e.occurredAt(), e.action().name(),
                        status(e.status().code(), e.status().labelVi()), e.stepName(),
                        e.agencyName() == null ? null : e.agencyName().vi())).toList());
    }

    private static StatusJson status(int code, String label) {
        return new StatusJson(code, label);
    }
}
