package vn.hcmc.initiatives.agency;

public enum AgencyKind {
    DEPARTMENT,
    WARD,
    COMMUNE,
    OTHER
}
