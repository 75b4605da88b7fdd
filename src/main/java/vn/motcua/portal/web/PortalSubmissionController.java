package vn.motcua.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.WebUtils;
import vn.motcua.agency.AgencyDirectory;
import vn.motcua.document.DossierDocuments;
import vn.motcua.document.Upload;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.portal.OnlineSubmissions;
import vn.motcua.procedure.Procedure;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.InputRules;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * Online submission without login: the procedures offered online, the form with the
 * procedure's checklist and one upload per required document, and the new dossier's code.
 */
@Controller
class PortalSubmissionController {

    private static final String FILE_FIELD = "document-";

    private final OnlineSubmissions submissions;
    private final AgencyDirectory agencies;
    private final MessageSource messages;

    PortalSubmissionController(OnlineSubmissions submissions, AgencyDirectory agencies, MessageSource messages) {
        this.submissions = submissions;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/portal/submit")
    String procedures(Model model) {
        model.addAttribute("procedures", submissions.offered());
        return "portal/procedures";
    }

    @GetMapping("/portal/submit/{procedureCode}")
    String form(@PathVariable String procedureCode, Model model) {
        prepare(model, procedureCode, Map.of());
        return "portal/submit";
    }

    @PostMapping("/portal/submit/{procedureCode}")
    String submit(@PathVariable String procedureCode, @RequestParam Map<String, String> form,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Procedure procedure = prepare(model, procedureCode, form);
        Applicant applicant = new Applicant(form.get("fullName"), form.get("idNumber"), form.get("phone"),
                form.get("email"), form.get("address"));
        try {
            Dossier dossier = submissions.submit(
                    new IntakeRequest(procedure.code(), Channel.ONLINE, applicant, form.get("agencyCode")),
                    uploads(filesOf(request), procedure.requiredDocuments().size()));
            model.addAttribute("dossier", dossier);
            return "portal/submitted";
        } catch (DomainException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorField", e.field()).addAttribute("errorMessage",
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
            return "portal/submit";
        }
    }

    /**
     * A field holding a character no text may hold, refused before the form was read (see
     * shared.web.StorableInput): the form again, naming the field.
     */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refusedInput(InvalidInputException e, HttpServletRequest request, Model model) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object procedureCode = variables instanceof Map<?, ?> map ? map.get("procedureCode") : null;
        model.addAttribute("errorField", e.field()).addAttribute("errorMessage",
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        if (procedureCode instanceof String code && InputRules.isStorable(code)) {
            prepare(model, code, Map.of());
            return "portal/submit";
        }
        model.addAttribute("procedures", submissions.offered());
        return "portal/procedures";
    }

    /**
     * A post that is not multipart (a script, a stripped-down client) simply carries no files.
     * The multipart request may sit under the security filters' wrappers.
     */
    private static Map<String, MultipartFile> filesOf(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? Map.of() : multipart.getFileMap();
    }

    /** A procedure not offered online: the list of those that are, with the message. */
    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notOffered(NotFoundException e, Model model) {
        model.addAttribute("procedures", submissions.offered()).addAttribute("errorMessage",
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        return "portal/procedures";
    }

    private Procedure prepare(Model model, String procedureCode, Map<String, String> form) {
        Procedure procedure = submissions.offered().stream().filter(p -> p.code().equals(procedureCode))
                .findFirst().orElseThrow(() -> new NotFoundException("procedureCode", "error.procedure.notOnline",
                        procedureCode));
        model.addAttribute("procedure", procedure).addAttribute("form", form)
                .addAttribute("agencies", agencies.all().stream()
                        .filter(a -> a.kind() == procedure.receivingLevel()).toList())
                .addAttribute("maxMegabytes", DossierDocuments.MAX_FILE_BYTES / (1024 * 1024));
        return procedure;
    }

    /** The files the form sent, one input per checklist item ("document-1" …); empty inputs are skipped. */
    private static List<Upload> uploads(Map<String, MultipartFile> files, int checklistSize) {
        List<Upload> uploads = new ArrayList<>();
        for (int position = 1; position <= checklistSize; position++) {
            MultipartFile file = files.get(FILE_FIELD + position);
            String name = file == null ? null : file.getOriginalFilename();
            if (file != null && !(file.isEmpty() && (name == null || name.isEmpty()))) {
                try {
                    uploads.add(new Upload(position, name, file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }
}
