package vn.motcua.nationalportal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier as the portal must learn it, in our own terms, taken in the transaction of the change
 * and queued as JSON. {@link PortalMapping} turns it into the portal's fields only when it is sent,
 * so a corrected mapping also corrects messages still waiting or parked.
 *
 * @param firstSync true for the message that tells the portal of a new dossier (receipt or online
 *                  submission), false for every update after it
 */
record DossierSnapshot(boolean firstSync, String action, String code, String procedureCode, String procedureName,
                       String fieldName, String applicantName, String applicantIdNumber, String applicantPhone,
                       String applicantEmail, String applicantAddress, String channel, int statusCode,
                       String agencyCode, LocalDateTime receivedAt, LocalDateTime appointmentAt,
                       LocalDateTime finishedAt, LocalDateTime notAcceptedAt, LocalDateTime returnedAt,
                       String result, List<Document> documents, List<Fee> fees, List<Supplement> supplements) {

    DossierSnapshot {
        documents = List.copyOf(documents);
        fees = List.copyOf(fees);
        supplements = List.copyOf(supplements);
    }

    /** A file the applicant handed in, stored electronically by us. */
    record Document(long id, String name, boolean digitised, boolean reused) {
    }

    /** A fee or charge the procedure declares. */
    record Fee(String name, long amountVnd) {
    }

    /** One supplement round: the due date before it, and after it (null while it is still awaited). */
    record Supplement(LocalDateTime requestedAt, LocalDateTime receivedAt, LocalDateTime dueBefore,
                      LocalDateTime dueAfter) {
    }
}
