package vn.motcua.agency;

public enum AgencyKind {
    PROVINCE, DEPARTMENT, COMMUNE
}
