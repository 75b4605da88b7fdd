package vn.motcua.forms.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.forms.OfficialForm;
import vn.motcua.forms.OfficialForms;
import vn.motcua.shared.NotFoundException;

/** The stable addresses of the official forms: {@code /api/dossiers/{code}/forms/{01..06}.pdf}. */
@RestController
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
class FormController {

    private final OfficialForms forms;

    FormController(OfficialForms forms) {
        this.forms = forms;
    }

    @GetMapping("/api/dossiers/{code}/forms/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String number) {
        OfficialForm form = OfficialForm.byNumber(number)
                .orElseThrow(() -> new NotFoundException("form", "error.form.unknown", number));
        byte[] pdf = forms.pdf(code, form);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(code + "-mau-" + form.number() + ".pdf").build().toString())
                .body(pdf);
    }
}
