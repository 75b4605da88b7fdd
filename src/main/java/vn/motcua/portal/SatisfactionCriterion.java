package vn.motcua.portal;

/**
 * The nine criteria a citizen scores 0, 1 or 2 (DOMAIN.md), then the overall score. The
 * column is where the score is stored; the label comes from the citizens' bundle.
 */
public enum SatisfactionCriterion {
    TIME_STATUTE("time_statute"),
    TIME_PER_AGENCY("time_per_agency"),
    CONTACTS("contacts"),
    AGENCIES("agencies"),
    ONE_STOP("one_stop"),
    PUBLICITY("publicity"),
    ATTITUDE("attitude"),
    FEEDBACK("feedback"),
    ONLINE_SERVICE("online_service"),
    OVERALL("overall");

    public static final int MAX_SCORE = 2;

    private final String column;

    SatisfactionCriterion(String column) {
        this.column = column;
    }

    /** The stored column, also the form field's name and the last part of its message key. */
    public String column() {
        return column;
    }
}
