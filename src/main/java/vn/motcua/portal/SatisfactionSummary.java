package vn.motcua.portal;

/**
 * The citizens' ratings of a period, for Decision 766's satisfaction indicator: how many
 * ratings, and the points they gave on the nine criteria (0–2 each; the overall score is not
 * one of the nine and is left out).
 */
public record SatisfactionSummary(long ratings, long points) {

    /** Nine criteria of at most two points: 18 points a rating. */
    public static final int MAX_POINTS_PER_RATING = SatisfactionCriterion.NINE.size() * SatisfactionCriterion.MAX_SCORE;

    /** The points the ratings could have given at most. */
    public long maxPoints() {
        return ratings * MAX_POINTS_PER_RATING;
    }
}
