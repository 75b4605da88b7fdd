package vn.motcua.simulation;

import java.util.Map;
import java.util.Optional;

/** Who acts for each task group (e.g. {@code XPV.specialist}) in a simulation. */
public record Roster(Map<String, String> userByGroup) {

    public Roster {
        userByGroup = Map.copyOf(userByGroup);
    }

    /** The demo accounts (profile demo). */
    public static Roster demo() {
        return new Roster(Map.ofEntries(
                Map.entry("XPV.reception", "reception"), Map.entry("XPV.specialist", "specialist"),
                Map.entry("XPV.leader", "leader"), Map.entry("PTH.reception", "reception2"),
                Map.entry("PTH.specialist", "specialist2"), Map.entry("PTH.leader", "leader2"),
                Map.entry("STC.specialist", "specialist.stc"), Map.entry("STC.leader", "leader.stc"),
                Map.entry("SXD.specialist", "specialist.sxd"), Map.entry("SXD.leader", "leader.sxd"),
                Map.entry("SYT.specialist", "specialist.syt"), Map.entry("SYT.leader", "leader.syt")));
    }

    public Optional<String> userFor(String group) {
        return Optional.ofNullable(userByGroup.get(group));
    }

    public String desk(String agencyCode) {
        return userFor(agencyCode + ".reception")
                .orElseThrow(() -> new IllegalArgumentException("No desk clerk for " + agencyCode));
    }

    /** A clerk of the agency's specialists: they request supplements and stop processing. */
    public String specialist(String agencyCode) {
        return userFor(agencyCode + ".specialist")
                .orElseThrow(() -> new IllegalArgumentException("No specialist for " + agencyCode));
    }
}
