package vn.motcua.portal;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A citizen rated the handling of their dossier (published in the rating's transaction, so a
 * listener's writes commit or roll back with the rating).
 *
 * @param scores every criterion's score, 0 to {@link SatisfactionCriterion#MAX_SCORE}
 * @param comment the citizen's remark, or null
 */
public record DossierRated(String dossierCode, Map<SatisfactionCriterion, Integer> scores, String comment,
                           LocalDateTime ratedAt) {

    public DossierRated {
        scores = Map.copyOf(scores);
    }

    /** The sum over the nine criteria of Decision 766 (at most 18). */
    public int ninePoints() {
        return SatisfactionCriterion.NINE.stream().mapToInt(scores::get).sum();
    }
}
