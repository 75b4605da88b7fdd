package vn.motcua.nationalportal;

import java.time.LocalDateTime;

/**
 * A citizen's rating as queued for the portal.
 *
 * @param ninePoints    the sum of the nine criteria of Decision 766 (0 to 18)
 * @param overall       the overall score (0 to 2)
 * @param statusCode    the dossier's national status when it was rated
 */
record SatisfactionReport(String dossierCode, int ninePoints, int overall, String comment, int statusCode,
                          LocalDateTime ratedAt) {
}
