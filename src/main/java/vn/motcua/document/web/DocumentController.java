package vn.motcua.document.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.document.DossierDocuments;
import vn.motcua.document.StoredDocument;

/**
 * A dossier's documents for staff who may see the dossier (another agency's dossier is a 404).
 * Downloaded as an attachment, or shown inline in the desk's preview; only PDF, JPEG and PNG
 * (recognised by their bytes at upload) are ever sent inline. The security headers of the
 * inline answer (framable by our own pages only, no sniffing) are set in SecurityConfig.
 */
@RestController
@PreAuthorize("hasAnyRole('RECEPTION','SPECIALIST','LEADER','AUDITOR','ADMIN')")
class DocumentController {

    private final DossierDocuments documents;

    DocumentController(DossierDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/dossiers/{code}/documents")
    List<StoredDocument> list(@PathVariable String code) {
        return documents.list(code);
    }

    @GetMapping("/api/dossiers/{code}/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id) {
        StoredDocument document = documents.get(code, id);
        return file(document, ContentDisposition.attachment(), contentType(document));
    }

    /** For a frame or an image of our pages; a kind a browser could run as a page is downloaded instead. */
    @GetMapping("/api/dossiers/{code}/documents/{id}/inline")
    ResponseEntity<byte[]> inline(@PathVariable String code, @PathVariable long id) {
        StoredDocument document = documents.get(code, id);
        if (!document.showableInline()) {
            return file(document, ContentDisposition.attachment(), MediaType.APPLICATION_OCTET_STREAM);
        }
        return file(document, ContentDisposition.inline(), contentType(document));
    }

    private ResponseEntity<byte[]> file(StoredDocument document, ContentDisposition.Builder disposition,
                                        MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(document.originalName(), StandardCharsets.UTF_8).build().toString())
                .body(documents.content(document));
    }

    /** The type recognised at upload; anything else is plain bytes, never something to render. */
    private static MediaType contentType(StoredDocument document) {
        return document.showableInline() ? MediaType.parseMediaType(document.contentType())
                : MediaType.APPLICATION_OCTET_STREAM;
    }
}
