package vn.motcua.issuance.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.issuance.IssuedDocuments;
import vn.motcua.shared.NotFoundException;

/**
 * The verification as JSON, for anyone (no login): {@code GET /api/public/documents/{id}}, and
 * {@code POST …/copy-check} with a PDF as the request body: is it exactly the issued document?
 */
@RestController
class VerificationController {

    record CopyCheckJson(String id, boolean exactCopy) {
    }

    private final IssuedDocuments documents;

    VerificationController(IssuedDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/public/documents/{id}")
    VerificationJson verify(@PathVariable String id) {
        return documents.verify(id).map(VerificationJson::of)
                .orElseThrow(() -> new NotFoundException("id", "error.verify.unknown"));
    }

    @PostMapping("/api/public/documents/{id}/copy-check")
    CopyCheckJson copyCheck(@PathVariable String id, HttpServletRequest request) throws IOException {
        return new CopyCheckJson(id, documents.isExactCopy(id, boundedBody(request)));
    }

    /** At most one byte over the limit is read, so a huge body is refused without being held in memory. */
    static byte[] boundedBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(IssuedDocuments.MAX_UPLOAD_BYTES + 1);
        }
    }
}
