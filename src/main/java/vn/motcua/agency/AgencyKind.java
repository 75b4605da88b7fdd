package vn.motcua.agency;

public enum AgencyKind {
    PROVINCE, DEPARTMENT, COMMUNE;

    /** The message key of the kind's name in words, e.g. "Xã, phường". */
    public String labelKey() {
        return "agency.kind." + name();
    }
}
