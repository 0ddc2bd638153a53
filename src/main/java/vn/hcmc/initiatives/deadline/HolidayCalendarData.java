package vn.hcmc.initiatives.deadline;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The holiday years an administrator has supplied, by year; years not here use the statutory computation. */
final class HolidayCalendarData {

    private final SortedMap<Integer, HolidayYear> years;

    HolidayCalendarData(Map<Integer, HolidayYear> years) {
        this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    }

    Optional<HolidayYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    SortedMap<Integer, HolidayYear> years() {
        return years;
    }
}
