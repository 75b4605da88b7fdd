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

/** A dossier's documents for staff who may see the dossier; always downloaded, never shown inline. */
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
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.originalName(), StandardCharsets.UTF_8).build().toString())
                .body(documents.content(document));
    }
}
