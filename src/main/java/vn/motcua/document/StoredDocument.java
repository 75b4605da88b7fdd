package vn.motcua.document;

import java.time.LocalDateTime;

/** A document of a dossier as recorded; its bytes are read through {@link DossierDocuments#content}. */
public record StoredDocument(long id, String dossierCode, Integer requiredPosition, String originalName,
                             String contentType, long sizeBytes, String sha256, LocalDateTime uploadedAt,
                             String uploadedBy) {
}
