package vn.motcua.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the SLA report splits its figures into rows. TOTAL is the one row over everything. */
public enum GroupBy {
    PROCEDURE, AGENCY, CHANNEL, MONTH, TOTAL;

    /** The value as written in an address ({@code groupBy=procedure}); TOTAL is not offered. */
    public static Optional<GroupBy> fromParameter(String value) {
        return Arrays.stream(values()).filter(g -> g != TOTAL && g.parameter().equals(value)).findFirst();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
