package vn.motcua.dossier.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.PageRequest;
import vn.motcua.shared.ResultPage;
import vn.motcua.shared.web.FormErrors;
import vn.motcua.shared.web.HtmlPage;
import vn.motcua.shared.web.Pager;

/**
 * The one-stop desk: receive a dossier, check online submissions, record supplements and hand
 * results back. Every rule lives in {@link DossierIntake} and {@link DossierActions}; a refused
 * input shows the page again with the message beside the field.
 */
@Controller
@HtmlPage
@RequestMapping("/desk")
@PreAuthorize("hasRole('RECEPTION')")
class DeskPages {

    /** The desk's three work lists, newest first, each paged by a parameter of its own. */
    private enum WorkList {
        /** Submitted online and not yet taken up by a specialist: the desk may still refuse them. */
        ONLINE("online", "onlinePage", Set.of(DossierStatus.NEW, DossierStatus.RECEIVED), Channel.ONLINE),
        SUPPLEMENTS("awaitingSupplement", "supplementsPage", Set.of(DossierStatus.SUPPLEMENT_REQUESTED), null),
        RESULTS("resultsToReturn", "resultsPage", Set.of(DossierStatus.RESOLVED), null);

        final String modelName;
        final String pageParameter;
        final Set<DossierStatus> statuses;
        final Channel channel;

        WorkList(String modelName, String pageParameter, Set<DossierStatus> statuses, Channel channel) {
            this.modelName = modelName;
            this.pageParameter = pageParameter;
            this.statuses = statuses;
            this.channel = channel;
        }
    }

    private final DossierIntake intake;
    private final DossierActions actions;
    private final Dossiers dossiers;
    private final ProcedureCatalog catalog;
    private final FormErrors errors;

    DeskPages(DossierIntake intake, DossierActions actions, Dossiers dossiers, ProcedureCatalog catalog,
              FormErrors errors) {
        this.intake = intake;
        this.actions = actions;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.errors = errors;
    }

    /** The desk; {@code onlinePage}, {@code supplementsPage} and {@code resultsPage} page its lists. */
    @GetMapping
    String desk(@RequestParam Map<String, String> parameters, Model model) {
        Map<WorkList, PageRequest> pages = new EnumMap<>(WorkList.class);
        for (WorkList list : WorkList.values()) {
            pages.put(list, pageOf(parameters.get(list.pageParameter), list));
        }
        return page(model, DeskIntakeForm.EMPTY, pages);
    }

    /** The chosen procedure's required documents, swapped into the form by htmx. */
    @GetMapping("/checklist")
    String checklist(@RequestParam(required = false) String procedureCode, Model model) {
        model.addAttribute("form", new DeskIntakeForm(procedureCode, null, null, null, null, null, null, null));
        model.addAttribute("procedure", procedureCode == null ? null : catalog.find(procedureCode).orElse(null));
        return "desk :: checklist";
    }

    @PostMapping("/receive")
    String receive(@ModelAttribute DeskIntakeForm form, Model model) {
        try {
            Dossier dossier = intake.receive(form.toRequest());
            return "redirect:/desk/received/" + dossier.code();
        } catch (InvalidInputException e) {
            model.addAttribute("intakeError", errors.of(e));
            return page(model, form, Map.of());
        }
    }

    /** The receipt: code, due date and the slip (form 01) to print for the citizen. */
    @GetMapping("/received/{code}")
    String received(@PathVariable String code, Model model) {
        Dossier dossier = dossiers.get(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", catalog.find(dossier.procedureCode()).orElse(null));
        return "desk-received";
    }

    /** An online submission checked and accepted: its processing starts, form 01 is issued. */
    @PostMapping("/{code}/accept")
    String accept(@PathVariable String code, Model model) {
        return act(code, model, () -> actions.acceptOnline(code));
    }

    /** Form 03: refuse to accept, with the reason. */
    @PostMapping("/{code}/refuse")
    String refuse(@PathVariable String code, @RequestParam(required = false) String reason, Model model) {
        return act(code, model, () -> actions.refuse(code, reason));
    }

    @PostMapping("/{code}/supplement")
    String supplementReceived(@PathVariable String code, @RequestParam(required = false) String note, Model model) {
        return act(code, model, () -> actions.receiveSupplement(code, note));
    }

    /** Status 10: the result is in the citizen's hands. */
    @PostMapping("/{code}/return-result")
    String returnResult(@PathVariable String code, @RequestParam(required = false) String note, Model model) {
        return act(code, model, () -> actions.returnResult(code, note));
    }

    private String act(String code, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/dossiers/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("actionError", errors.of(e));
            model.addAttribute("actionCode", code);
            return page(model, DeskIntakeForm.EMPTY, Map.of());
        }
    }

    /** The desk with the given page of each work list (the first where none is given). */
    private String page(Model model, DeskIntakeForm form, Map<WorkList, PageRequest> pages) {
        model.addAttribute("form", form);
        model.addAttribute("procedures", catalog.all());
        model.addAttribute("procedure", form.procedureCode() == null ? null
                : catalog.find(form.procedureCode()).orElse(null));
        model.addAttribute("channels", Channel.values());
        for (WorkList list : WorkList.values()) {
            ResultPage<Dossier> result = dossiers.receivedHere(list.statuses, list.channel,
                    pages.getOrDefault(list, PageRequest.FIRST));
            model.addAttribute(list.modelName, result.items());
            model.addAttribute(list.modelName + "Pager", Pager.of(result, "/desk?" + list.pageParameter + "="));
        }
        return "desk";
    }

    /** A work list's page number, refused naming its own parameter. */
    private static PageRequest pageOf(String number, WorkList list) {
        try {
            return PageRequest.of(number, null);
        } catch (InvalidInputException e) {
            Object[] arguments = Arrays.stream(e.arguments())
                    .map(argument -> e.field().equals(argument) ? list.pageParameter : argument).toArray();
            throw new InvalidInputException(list.pageParameter, e.messageKey(), arguments);
        }
    }
}
