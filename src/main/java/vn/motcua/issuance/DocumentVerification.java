package vn.motcua.issuance;

import java.time.LocalDateTime;

/**
 * What the public verification page may say about an issued document: nothing personal, only
 * what it is, for which dossier, when, and whether what is stored is still what was signed.
 *
 * @param storedHashValid the stored bytes still hash to the value recorded at issue (and in the audit trail)
 */
public record DocumentVerification(String id, String kind, String documentName, String dossierCode,
                                   LocalDateTime issuedAt, boolean storedHashValid, SignatureCheck signature) {

    /** Genuine: stored unchanged and validly signed. */
    public boolean valid() {
        return storedHashValid && signature.valid();
    }
}
