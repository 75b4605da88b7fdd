package vn.motcua.forms;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.motcua.issuance.IssueRequest;
import vn.motcua.issuance.IssuedDocuments;

/**
 * Every form and result leaves as an issued document: rendered with its QR code (the template's
 * variable {@code qr}, drawn in the heading's upper-left corner), signed and stored; printing it
 * again hands out the same signed file.
 */
@Component
class DocumentIssuer {

    private final IssuedDocuments documents;
    private final PdfRenderer pdf;

    DocumentIssuer(IssuedDocuments documents, PdfRenderer pdf) {
        this.documents = documents;
        this.pdf = pdf;
    }

    byte[] issue(IssueRequest request, String template, Map<String, Object> variables) {
        return documents.issue(request, qr -> {
            Map<String, Object> all = new HashMap<>(variables);
            all.put("qr", qr);
            return pdf.render(template, OfficialForms.FORM_LANGUAGE, all);
        }).content();
    }
}
