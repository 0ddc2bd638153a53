package vn.hcmc.initiatives.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

    private final StatutoryHolidays statutory = new StatutoryHolidays(LunarCalendar.vietnamese());

    @Test
    void tetIsTheLastDayOfTheLunarYearAndTheFirstFourOfTheNext() {
        assertThat(daysOff(2026)).contains(
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    }

    @Test
    void holidaysOnAWeekendAreMadeUpOnTheNextWorkingDays() {
        // Tết 2027: Fri 5 Feb to Tue 9 Feb, with mùng 1 and mùng 2 on the weekend.
        assertThat(daysOff(2027)).contains(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
        // 1 May 2027 is a Saturday.
        assertThat(daysOff(2027)).contains(LocalDate.of(2027, 5, 3));
    }

    @Test
    void adjacentWeekendHolidaysAreMadeUpOneAfterAnother() {
        // 2023: Hùng Kings Sat 29 Apr, Reunification Sun 30 Apr, Labour Day Mon 1 May.
        assertThat(daysOff(2023)).contains(
                LocalDate.of(2023, 4, 29), LocalDate.of(2023, 4, 30), LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3));
        assertThat(daysOff(2023)).doesNotContain(LocalDate.of(2023, 5, 4));
    }

    @Test
    void nationalDayIsTwoDays() {
        assertThat(daysOff(2028)).contains(LocalDate.of(2028, 9, 1), LocalDate.of(2028, 9, 2));
    }

    @Test
    void elevenHolidaysAreListedEveryYear() {
        for (int year = 2021; year <= 2040; year++) {
            long holidays = statutory.forYear(year).daysOff().stream()
                    .filter(day -> !day.name().startsWith("Nghỉ bù"))
                    .count();
            assertThat(holidays).as("%d", year).isEqualTo(11);
        }
    }

    private List<LocalDate> daysOff(int year) {
        return statutory.forYear(year).daysOff().stream().map(HolidayYear.Day::date).toList();
    }
}
