package vn.motcua.dossier.web;

import java.net.URI;
import java.time.LocalDateTime;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IntakeRequest;

/** The dossier API: intake, reading and the clerks' actions. */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

    /** The body of an action; which fields count depends on the action. */
    record ActionBody(String reason, String note, LocalDateTime newDueAt) {
        static final ActionBody EMPTY = new ActionBody(null, null, null);
    }

    private final DossierIntake intake;
    private final DossierActions actions;
    private final Dossiers dossiers;

    DossierController(DossierIntake intake, DossierActions actions, Dossiers dossiers) {
        this.intake = intake;
        this.actions = actions;
        this.dossiers = dossiers;
    }

    @PostMapping
    ResponseEntity<DossierJson> receive(@RequestBody IntakeRequest request) {
        Dossier dossier = intake.receive(request);
        return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.code()))
                .body(DossierJson.of(dossier, null));
    }

    @GetMapping("/{code}")
    DossierJson get(@PathVariable String code) {
        return DossierJson.of(dossiers.get(code), dossiers.history(code));
    }

    @PostMapping("/{code}/supplement-request")
    DossierJson requestSupplement(@PathVariable String code, @RequestBody(required = false) ActionBody body) {
        return DossierJson.of(actions.requestSupplement(code, or(body).reason()), null);
    }

    @PostMapping("/{code}/supplement")
    DossierJson receiveSupplement(@PathVariable String code, @RequestBody(required = false) ActionBody body) {
        return DossierJson.of(actions.receiveSupplement(code, or(body).note()), null);
    }

    /** An online submission checked by the desk: processing starts. */
    @PostMapping("/{code}/accept")
    DossierJson accept(@PathVariable String code) {
        return DossierJson.of(actions.acceptOnline(code), null);
    }

    @PostMapping("/{code}/refuse")
    DossierJson refuse(@PathVariable String code, @RequestBody(required = false) ActionBody body) {
        return DossierJson.of(actions.refuse(code, or(body).reason()), null);
    }

    @PostMapping("/{code}/withdraw")
    DossierJson withdraw(@PathVariable String code, @RequestBody(required = false) ActionBody body) {
        return DossierJson.of(actions.withdraw(code, or(body).reason()), null);
    }

    @PostMapping("/{code}/stop")
    DossierJson stop(@PathVariable String code, @RequestBody(required = false) ActionBody body) {
        return DossierJson.of(actions.stop(code, or(body).reason()), null);
    }

    @PostMapping("/{code}/return-result")
    DossierJson returnResult(@PathVariable String code, @RequestBody(required = false) ActionBody body) {
        return DossierJson.of(actions.returnResult(code, or(body).note()), null);
    }

    @PostMapping("/{code}/reschedule")
    DossierJson reschedule(@PathVariable String code, @RequestBody(required = false) ActionBody body) {
        ActionBody action = or(body);
        return DossierJson.of(actions.reschedule(code, action.newDueAt(), action.reason()), null);
    }

    private static ActionBody or(ActionBody body) {
        return body == null ? ActionBody.EMPTY : body;
    }
}
