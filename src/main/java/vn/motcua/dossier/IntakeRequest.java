package vn.motcua.dossier;

/**
 * A dossier handed in. {@code agencyCode} is the receiving agency; left out, it is the desk
 * clerk's own. The due date is never taken from the caller: the server computes it.
 */
public record IntakeRequest(String procedureCode, Channel channel, Applicant applicant, String agencyCode) {
}
