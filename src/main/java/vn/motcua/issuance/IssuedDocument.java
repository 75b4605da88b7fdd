package vn.motcua.issuance;

import java.time.LocalDateTime;

/** A document as issued: its public id and the exact bytes handed out. */
public record IssuedDocument(String id, String kind, String documentName, String dossierCode,
                             LocalDateTime issuedAt, String signer, String sha256, byte[] content) {
}
