package vn.hcmc.initiatives.api;

/** The JSON body of every 4xx answer of the service's API: what was wrong, and with which field. */
public record ApiError(int status, String error, String message, String field) {
}
