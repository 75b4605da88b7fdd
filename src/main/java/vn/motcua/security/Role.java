package vn.motcua.security;

import java.util.Arrays;
import vn.motcua.shared.process.TaskGroup;

/** The staff roles. Clerk roles also name a task group inside the clerk's agency. */
public enum Role {
    /** One-stop desk: receives dossiers, records supplements, returns results. */
    RECEPTION(true),
    /** Agency officer who examines dossiers. */
    SPECIALIST(true),
    /** Agency head who signs decisions. */
    LEADER(true),
    AUDITOR(false),
    ANALYST(false),
    ADMIN(false),
    /** Not a person: a Prometheus scraper, which may read /actuator/prometheus and nothing else. */
    METRICS(false);

    private final boolean clerk;

    Role(boolean clerk) {
        this.clerk = clerk;
    }

    public boolean isClerk() {
        return clerk;
    }

    /** The task group of this role in an agency, e.g. {@code XPV.specialist}. */
    public String groupIn(String agencyCode) {
        return TaskGroup.of(agencyCode, name()).toString();
    }

    /** The roles of people, who may use the pages and the API (every role but {@link #METRICS}). */
    static String[] staff() {
        return Arrays.stream(values()).filter(role -> role != METRICS).map(Enum::name).toArray(String[]::new);
    }

    /** The message key of the role's name in words, e.g. "Một cửa (tiếp nhận, trả kết quả)". */
    public String labelKey() {
        return "role." + name();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
