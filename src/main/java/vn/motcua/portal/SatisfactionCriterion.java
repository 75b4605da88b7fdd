package vn.motcua.portal;

import java.util.Arrays;
import java.util.List;

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

    /** The nine criteria of Decision 766's satisfaction index: every one but the overall score. */
    public static final List<SatisfactionCriterion> NINE = Arrays.stream(values()).filter(c -> c != OVERALL).toList();

    private final String column;

    SatisfactionCriterion(String column) {
        this.column = column;
    }

    /** The stored column, also the form field's name and the last part of its message key. */
    public String column() {
        return column;
    }
}
