package vn.motcua.issuance;

import java.time.LocalDateTime;

/**
 * What a document is, before it is rendered: the QR code's data set and who signs it.
 *
 * @param kind            form number ("01" … "07") or {@link #RESULT}
 * @param documentName    the document's title in Vietnamese, as printed
 * @param dossierCode     null for a document about no single dossier (the logbook)
 * @param procedureCode   the procedure's code, null with the dossier
 * @param applicantId     the applicant's ID number: masked in the QR code, never shown publicly
 * @param appointmentAt   the appointment date (receipts only), else null
 * @param sourceKey       what it is issued from (a transition, a period): one source, one document
 * @param signer          the user name of the official who signs
 * @param issuedAt        the time printed on the document and signed
 */
public record IssueRequest(String kind, String documentName, String dossierCode, String procedureCode,
                           String applicantId, LocalDateTime appointmentAt, String sourceKey, String signer,
                           LocalDateTime issuedAt) {

    /** The kind of a dossier's result ("kết quả"). */
    public static final String RESULT = "KQ";
}
