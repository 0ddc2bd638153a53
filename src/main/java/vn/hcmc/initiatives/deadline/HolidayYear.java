package vn.hcmc.initiatives.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the civil-service calendar, as kept in {@code calendar/vn-<year>.json}: the weekdays
 * (and, for information, weekend days) that are off, and the Saturdays or Sundays worked in exchange
 * for a bridge day.
 */
record HolidayYear(
        Integer year,
        Status status,
        List<String> sources,
        List<Day> daysOff,
        List<Day> workingWeekendDays) {

    enum Status {
        /** The government's published schedule for công chức, viên chức, with its bridge days and swaps. */
        OFFICIAL,
        /** No schedule published yet: only what the Labour Code itself fixes. */
        STATUTORY_ONLY
    }

    record Day(LocalDate date, String name, String source) {
    }
}
