package vn.hcmc.initiatives.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    private final LunarCalendar vietnamese = LunarCalendar.vietnamese();
    private final LunarCalendar chinese = new LunarCalendar(8);

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
    })
    void tetFallsOnTheKnownDay(int lunarYear, LocalDate expected) {
        assertThat(vietnamese.toSolar(lunarYear, 1, 1, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
    @CsvSource({
        "2025, 2025-04-07",
        "2026, 2026-04-26",
    })
    void hungKingsDayIsTheTenthOfTheThirdMonth(int lunarYear, LocalDate expected) {
        assertThat(vietnamese.toSolar(lunarYear, 3, 10, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
        "1985, 1985-01-21, 1985-02-20",
        "2007, 2007-02-17, 2007-02-18",
        "2030, 2030-02-02, 2030-02-03",
    })
    void vietnameseTetDiffersFromChineseNewYearWhenTheNewMoonIsNearMidnight(
            int lunarYear, LocalDate vietnam, LocalDate china) {
        assertThat(vietnamese.toSolar(lunarYear, 1, 1, false)).isEqualTo(vietnam);
        assertThat(chinese.toSolar(lunarYear, 1, 1, false)).isEqualTo(china);
    }

    @Test
    void tetEveIsTheLastDayOfTheOldYear() {
        assertThat(vietnamese.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
        assertThat(vietnamese.toLunar(LocalDate.of(2026, 2, 17))).isEqualTo(new LunarDate(2026, 1, 1, false));
    }

    @Test
    void leapMonthIsRecognisedBothWays() {
        // Giáp Thìn has no leap month, Ất Tỵ 2025 repeats the sixth month (6 nhuận begins 2025-07-25).
        LocalDate firstOfLeapSixth = LocalDate.of(2025, 7, 25);
        assertThat(vietnamese.toLunar(firstOfLeapSixth)).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(vietnamese.toSolar(2025, 6, 1, true)).isEqualTo(firstOfLeapSixth);
        assertThat(vietnamese.toSolar(2025, 7, 1, false)).isEqualTo(LocalDate.of(2025, 8, 23));
    }

    @Test
    void aLeapMonthThatDoesNotExistIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> vietnamese.toSolar(2026, 3, 1, true));
        assertThatIllegalArgumentException().isThrownBy(() -> vietnamese.toSolar(2025, 5, 1, true));
    }

    @Test
    void everyDayOfFiftyYearsSurvivesTheRoundTrip() {
        for (LocalDate day = LocalDate.of(2000, 1, 1); day.getYear() < 2050; day = day.plusDays(1)) {
            LunarDate lunar = vietnamese.toLunar(day);
            assertThat(vietnamese.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
                    .as("round trip of %s via %s", day, lunar)
                    .isEqualTo(day);
        }
    }
}
