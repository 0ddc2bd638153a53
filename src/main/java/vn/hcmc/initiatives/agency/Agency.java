package vn.hcmc.initiatives.agency;

/** One agency of the registry; {@code superiorCode} is another agency's code or {@code city-committee}. */
public record Agency(String code, String name, AgencyKind kind, String superiorCode, boolean active) {
}
