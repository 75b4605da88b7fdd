package vn.motcua.issuance.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import vn.motcua.issuance.DocumentVerification;

/**
 * The public answer for a document: what it is, for which dossier, when, and whether it is
 * genuine. No names: the signer is an official, and the public lookup never names officials.
 */
record VerificationJson(String id, String kind, String documentName, String dossierCode, LocalDateTime issuedAt,
                        boolean valid, boolean storedHashValid, boolean signatureValid, OffsetDateTime signedAt,
                        String signatureProblem) {

    static VerificationJson of(DocumentVerification v) {
        return new VerificationJson(v.id(), v.kind(), v.documentName(), v.dossierCode(), v.issuedAt(), v.valid(),
                v.storedHashValid(), v.signature().valid(), v.signature().signedAt(), v.signature().problem());
    }
}
