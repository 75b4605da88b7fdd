package vn.motcua.procedure.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureDeployments;
import vn.motcua.procedure.ProcedureDiff;
import vn.motcua.procedure.ProcedureDraft;
import vn.motcua.procedure.ProcedureDrafts;
import vn.motcua.procedure.ProcedureVersion;
import vn.motcua.procedure.validation.ModelFinding;
import vn.motcua.procedure.validation.ModelRejectedException;
import vn.motcua.procedure.validation.ModelValidation;
import vn.motcua.procedure.validation.ModelXml;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * The analysts' model API: validate a model, deploy one as a new version, drafts, export as
 * .bpmn and the diff between versions. Models travel as the raw XML request body.
 */
@RestController
@PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
class ModelController {

    record FindingJson(String elementId, String rule, String message) {
    }

    record ValidationJson(boolean valid, List<FindingJson> findings) {
    }

    record RejectionJson(String error, String field, List<FindingJson> findings) {
    }

    record DraftJson(long id, String procedureCode, Integer basedOnVersion, String savedBy, LocalDateTime savedAt,
                     String comment, Integer deployedVersion) {
        static DraftJson of(ProcedureDraft d) {
            return new DraftJson(d.id(), d.procedureCode(), d.basedOnVersion(), d.savedBy(), d.savedAt(), d.comment(),
                    d.deployedVersion());
        }
    }

    private final ModelValidation validation;
    private final ProcedureDeployments deployments;
    private final ProcedureDrafts drafts;
    private final ProcedureDiff diffs;
    private final ProcedureCatalog catalog;
    private final MessageSource messages;

    ModelController(ModelValidation validation, ProcedureDeployments deployments, ProcedureDrafts drafts,
                    ProcedureDiff diffs, ProcedureCatalog catalog, MessageSource messages) {
        this.validation = validation;
        this.deployments = deployments;
        this.drafts = drafts;
        this.diffs = diffs;
        this.catalog = catalog;
        this.messages = messages;
    }

    @PostMapping("/api/procedures/validate")
    ResponseEntity<?> validate(HttpServletRequest request, @RequestParam(required = false) String code)
            throws IOException {
        byte[] xml = ModelBody.read(request);
        if (xml == null) {
            return tooLarge();
        }
        var processKey = Optional.ofNullable(code).flatMap(catalog::find).map(Procedure::processKey);
        List<FindingJson> findings = json(validation.validate(xml, processKey));
        return ResponseEntity.ok(new ValidationJson(findings.isEmpty(), findings));
    }

    @PostMapping("/api/procedures/{code}/versions")
    ResponseEntity<?> deploy(@PathVariable String code, HttpServletRequest request,
                             @RequestHeader(value = "X-Change-Note", required = false) String noteHeader,
                             @RequestParam(value = "changeNote", required = false) String noteParam)
            throws IOException {
        byte[] xml = ModelBody.read(request);
        if (xml == null) {
            return tooLarge();
        }
        String note = noteParam != null ? noteParam : decodeHeader(noteHeader);
        ProcedureVersion version = deployments.deployNewVersion(code, xml, note);
        return ResponseEntity.status(HttpStatus.CREATED).body(ProcedureController.json(version));
    }

    @GetMapping("/api/procedures/{code}/drafts")
    List<DraftJson> drafts(@PathVariable String code) {
        return drafts.of(code).stream().map(DraftJson::of).toList();
    }

    @PostMapping("/api/procedures/{code}/drafts")
    ResponseEntity<?> saveDraft(@PathVariable String code, HttpServletRequest request,
                                @RequestParam(required = false) Integer basedOn,
                                @RequestParam(required = false) String comment,
                                @RequestHeader(value = "X-Comment", required = false) String commentHeader)
            throws IOException {
        byte[] xml = ModelBody.read(request);
        if (xml == null) {
            return tooLarge();
        }
        String why = comment != null ? comment : decodeHeader(commentHeader);
        return ResponseEntity.status(HttpStatus.CREATED).body(DraftJson.of(drafts.save(code, basedOn, xml, why)));
    }

    @GetMapping("/api/procedures/{code}/drafts/{id}/bpmn")
    ResponseEntity<byte[]> exportDraft(@PathVariable String code, @PathVariable long id) {
        return bpmnFile(drafts.xml(code, id), code + "-draft-" + id + ".bpmn");
    }

    @PostMapping("/api/procedures/{code}/drafts/{id}/deploy")
    ResponseEntity<?> deployDraft(@PathVariable String code, @PathVariable long id,
                                  @RequestParam(required = false) String versionTag,
                                  @RequestParam(required = false) String changeNote) {
        ProcedureVersion version = drafts.deploy(code, id, versionTag, changeNote);
        return ResponseEntity.status(HttpStatus.CREATED).body(ProcedureController.json(version));
    }

    @GetMapping("/api/procedures/{code}/versions/{version}/bpmn")
    ResponseEntity<byte[]> exportVersion(@PathVariable String code, @PathVariable int version) {
        return bpmnFile(diffs.versionXml(code, version), code + "-v" + version + ".bpmn");
    }

    /** What the modeler opens: the given draft, else the newest draft, else the newest version. */
    @GetMapping("/api/procedures/{code}/model")
    ResponseEntity<byte[]> currentModel(@PathVariable String code, @RequestParam(required = false) Long draft) {
        Long draftId = draft != null ? draft : drafts.latest(code).map(ProcedureDraft::id).orElse(null);
        if (draftId != null) {
            return ResponseEntity.ok().header("X-Draft-Id", String.valueOf(draftId))
                    .body(bpmnFile(drafts.xml(code, draftId), code + "-draft-" + draftId + ".bpmn").getBody());
        }
        var procedure = catalog.find(code)
                .orElseThrow(() -> new NotFoundException("code", "error.procedure.unknown", code));
        int newest = procedure.versions().get(procedure.versions().size() - 1).version();
        return bpmnFile(diffs.versionXml(code, newest), code + "-v" + newest + ".bpmn");
    }

    @GetMapping("/api/procedures/{code}/diff")
    ProcedureDiff.Diff diff(@PathVariable String code, @RequestParam int from,
                            @RequestParam(required = false) Integer to, @RequestParam(required = false) Long draft) {
        if (draft != null) {
            return diffs.versionToDraft(code, from, draft);
        }
        if (to == null) {
            throw new InvalidInputException("to", "error.field.required", "to");
        }
        return diffs.betweenVersions(code, from, to);
    }

    @ExceptionHandler(ModelRejectedException.class)
    ResponseEntity<RejectionJson> rejected(ModelRejectedException e) {
        return ResponseEntity.unprocessableEntity().body(new RejectionJson(
                message("model.rejected"), "bpmn", json(e.findings())));
    }

    private ResponseEntity<RejectionJson> tooLarge() {
        ModelFinding finding = new ModelFinding(null, "size.tooLarge", List.of(String.valueOf(ModelBody.MAX_BYTES / 1024)));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new RejectionJson(
                message("model.rejected"), "bpmn", json(List.of(finding))));
    }

    private List<FindingJson> json(List<ModelFinding> findings) {
        return findings.stream().map(f -> new FindingJson(f.elementId(), f.rule(),
                messages.getMessage(f.messageKey(), f.arguments().toArray(), f.rule(), LocaleContextHolder.getLocale())))
                .toList();
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** Headers are ISO-8859-1: a Vietnamese note comes percent-encoded (encodeURIComponent). */
    private static String decodeHeader(String value) {
        if (value == null) {
            return null;
        }
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    private static ResponseEntity<byte[]> bpmnFile(byte[] xml, String fileName) {
        byte[] utf8 = ModelXml.text(xml).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "bpmn+xml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(utf8);
    }
}
