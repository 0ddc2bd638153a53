package vn.hcmc.initiatives.agency;

/**
 * The body of {@code POST /api/agencies} and {@code PUT /api/agencies/{code}}. Text fields so that a
 * wrong kind is answered with the field named; on update, a field left out keeps its value.
 */
record AgencyRequest(String code, String name, String kind, String superiorCode, Boolean active) {
}
