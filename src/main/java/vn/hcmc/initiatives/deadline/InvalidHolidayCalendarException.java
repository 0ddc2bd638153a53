package vn.hcmc.initiatives.deadline;

/**
 * A holiday calendar file that cannot be trusted. Thrown at start-up so that a typo in a file an
 * administrator edited stops the service instead of silently shifting every deadline.
 */
class InvalidHolidayCalendarException extends IllegalStateException {

    InvalidHolidayCalendarException(String file, String field, String problem) {
        super("Invalid holiday calendar file %s, field '%s': %s".formatted(file, field, problem));
    }

    InvalidHolidayCalendarException(String file, String field, String problem, Throwable cause) {
        super("Invalid holiday calendar file %s, field '%s': %s".formatted(file, field, problem), cause);
    }
}
