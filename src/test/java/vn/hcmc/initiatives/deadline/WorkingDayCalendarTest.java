package vn.hcmc.initiatives.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(new HolidayCalendarLoader().load(null));

    @Test
    void weekendDoesNotCount() {
        LocalDate friday = LocalDate.of(2026, 3, 6);

        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theStartDayItselfIsNotCounted() {
        LocalDate monday = LocalDate.of(2026, 3, 9);

        assertThat(calendar.addWorkingDays(monday, 0)).isEqualTo(monday);
        assertThat(calendar.addWorkingDays(monday, 1)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void tetHolidayDoesNotCount() {
        // Official schedule: off Sat 14 Feb – Sun 22 Feb 2026. Working days after Thu 12 Feb:
        // Fri 13 (1), Mon 23 (2), Tue 24 (3), Wed 25 (4), Thu 26 (5), Fri 27 (6), Mon 2 Mar (7).
        LocalDate receivedThursday = LocalDate.of(2026, 2, 12);

        assertThat(calendar.addWorkingDays(receivedThursday, 7)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(calendar.workingDaysBetween(receivedThursday, LocalDate.of(2026, 3, 2))).isEqualTo(7);
    }

    @Test
    void everyDayOfTheOfficialTetBreakIsOff() {
        LocalDate lastDayOff = LocalDate.of(2026, 2, 22);
        for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(lastDayOff); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void swappedSaturdayCounts() {
        LocalDate swappedSaturday = LocalDate.of(2026, 8, 22);
        LocalDate thursdayBefore = LocalDate.of(2026, 8, 20);

        assertThat(calendar.isWorkingDay(swappedSaturday)).isTrue();
        assertThat(calendar.addWorkingDays(thursdayBefore, 2)).isEqualTo(swappedSaturday);
        assertThat(calendar.addWorkingDays(thursdayBefore, 3)).isEqualTo(LocalDate.of(2026, 8, 24));
    }

    @Test
    void bridgeDayGivenInExchangeForASaturdayIsOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    }

    @Test
    void yearWithoutFileUsesTheStatutoryHolidaysWithWeekendCompensation() {
        // 2023 has no file. Hùng Kings' day fell on Sat 29 Apr and 30 Apr on a Sunday, so Tue 2 and
        // Wed 3 May were made up: 1 May (Mon) to 3 May are all off.
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 3))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 4, 28), 1)).isEqualTo(LocalDate.of(2023, 5, 4));
    }

    @Test
    void yearWithoutFileKeepsTetOnTheVietnameseDate() {
        // Tết 2030 is Sat 2 Feb in Vietnam (3 Feb in China): Fri 1 Feb is the last day of the year.
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 31))).isTrue();
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        LocalDate start = LocalDate.of(2025, 12, 20);
        for (int n = 0; n < 300; n += 7) {
            LocalDate due = calendar.addWorkingDays(start, n);
            assertThat(calendar.workingDaysBetween(start, due)).as("n = %d", n).isEqualTo(n);
            assertThat(calendar.isWorkingDay(due) || n == 0).isTrue();
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 6)))
                .isEqualTo(-2);
    }

    @Test
    void countingBackSkipsWeekendsAndTet() {
        // Before Tue 24 Feb 2026: Mon 23 (1), then the Tết break 14–22 Feb is skipped, Fri 13 (2), Thu 12 (3).
        LocalDate tuesdayAfterTet = LocalDate.of(2026, 2, 24);

        assertThat(calendar.subtractWorkingDays(tuesdayAfterTet, 0)).isEqualTo(tuesdayAfterTet);
        assertThat(calendar.subtractWorkingDays(tuesdayAfterTet, 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.subtractWorkingDays(tuesdayAfterTet, 3)).isEqualTo(LocalDate.of(2026, 2, 12));
        // Five working days before Tue 31 Mar 2026: Mon 30, Fri 27, Thu 26, Wed 25, Tue 24.
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 3, 31), 5)).isEqualTo(LocalDate.of(2026, 3, 24));
    }

    @Test
    void countingBackUndoesCountingForward() {
        LocalDate start = LocalDate.of(2026, 1, 5);
        for (int n = 0; n < 250; n += 9) {
            LocalDate later = calendar.addWorkingDays(start, n);
            assertThat(calendar.subtractWorkingDays(later, n)).as("%d working days", n).isEqualTo(start);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.subtractWorkingDays(start, -1));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 9), -1));
    }

    @Test
    void deadlineIsTheStartOfTheDayAfterTheDueDayInHoChiMinhCity() {
        Date received = Date.from(OffsetDateTime.of(2026, 2, 12, 15, 30, 0, 0, VIETNAM).toInstant());

        Date deadline = calendar.deadlineAfter(received, 7);

        assertThat(deadline.toInstant()).isEqualTo(OffsetDateTime.of(2026, 3, 3, 0, 0, 0, 0, VIETNAM).toInstant());
        assertThat(deadline.toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 3, 2, 17, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void receiptAfterMidnightInVietnamCountsFromTheVietnameseDay() {
        // 01:00 Friday in Hồ Chí Minh City is still Thursday in UTC.
        Date received = Date.from(OffsetDateTime.of(2026, 3, 6, 1, 0, 0, 0, VIETNAM).toInstant());

        assertThat(calendar.dueDate(received, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(calendar.deadlineAfter(received, 1).toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 3, 10, 0, 0, 0, 0, VIETNAM).toInstant());
    }
}
