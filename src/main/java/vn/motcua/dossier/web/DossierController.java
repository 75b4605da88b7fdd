package vn.motcua.dossier.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierOrder;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.web.IdempotentRequests;

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
    private final IdempotentRequests idempotent;

    DossierController(DossierIntake intake, DossierActions actions, Dossiers dossiers, IdempotentRequests idempotent) {
        this.intake = intake;
        this.actions = actions;
        this.dossiers = dossiers;
        this.idempotent = idempotent;
    }

    /** With an Idempotency-Key, sending the same intake again answers the dossier received the first time. */
    @PostMapping
    ResponseEntity<?> receive(@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                              @RequestBody IntakeRequest request) {
        return idempotent.once(key, request, () -> {
            Dossier dossier = intake.receive(request);
            return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.code()))
                    .body(DossierJson.of(dossier, null));
        });
    }

    /**
     * A page of the dossiers the caller may see: {@code q} a code, the start of words of the
     * applicant's name (without accents if you like), an ID number or a phone number;
     * {@code sort} received (default), due or code; {@code page} from 1, {@code size} up to 200.
     * Transitions are left out: read one dossier for its history.
     */
    @GetMapping
    ResultPage<DossierJson> list(@RequestParam(required = false) String q,
                                 @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) String page,
                                 @RequestParam(required = false) String size) {
        return dossiers.find(q, DossierOrder.of(sort), PageRequest.of(page, size)).map(d -> DossierJson.of(d, null));
    }

    @GetMapping("/{code}")
    DossierJson get(@PathVariable String code) {
        return DossierJson.of(dossiers.get(code), dossiers.history(code));
    }

    @PostMapping("/{code}/supplement-request")
    ResponseEntity<?> requestSupplement(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key, @RequestBody(required = false) ActionBody body) {
        return once(key, body, action -> actions.requestSupplement(code, action.reason()));
    }

    @PostMapping("/{code}/supplement")
    ResponseEntity<?> receiveSupplement(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key, @RequestBody(required = false) ActionBody body) {
        return once(key, body, action -> actions.receiveSupplement(code, action.note()));
    }

    /** An online submission checked by the desk: processing starts. */
    @PostMapping("/{code}/accept")
    ResponseEntity<?> accept(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key) {
        return once(key, null, action -> actions.acceptOnline(code));
    }

    @PostMapping("/{code}/refuse")
    ResponseEntity<?> refuse(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key, @RequestBody(required = false) ActionBody body) {
        return once(key, body, action -> actions.refuse(code, action.reason()));
    }

    @PostMapping("/{code}/withdraw")
    ResponseEntity<?> withdraw(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key, @RequestBody(required = false) ActionBody body) {
        return once(key, body, action -> actions.withdraw(code, action.reason()));
    }

    @PostMapping("/{code}/stop")
    ResponseEntity<?> stop(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key, @RequestBody(required = false) ActionBody body) {
        return once(key, body, action -> actions.stop(code, action.reason()));
    }

    @PostMapping("/{code}/return-result")
    ResponseEntity<?> returnResult(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key, @RequestBody(required = false) ActionBody body) {
        return once(key, body, action -> actions.returnResult(code, action.note()));
    }

    @PostMapping("/{code}/reschedule")
    ResponseEntity<?> reschedule(@PathVariable String code, @RequestHeader(name = IdempotentRequests.HEADER,
            required = false) String key, @RequestBody(required = false) ActionBody body) {
        return once(key, body, action -> actions.reschedule(code, action.newDueAt(), action.reason()));
    }

    /** The action on the dossier, answered once per Idempotency-Key (none: every time). */
    private ResponseEntity<?> once(String key, ActionBody body, Function<ActionBody, Dossier> action) {
        ActionBody given = body == null ? ActionBody.EMPTY : body;
        return idempotent.once(key, given, () -> ResponseEntity.ok(DossierJson.of(action.apply(given), null)));
    }
}
