package vn.hcmc.initiatives.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayCalendarLoaderTest {

    private static final String VALID_2026 = """
            {
              "year": 2026,
              "status": "OFFICIAL",
              "sources": ["test"],
              "daysOff": [{"date": "2026-03-02", "name": "Ngày nghỉ thử", "source": "test"}],
              "workingWeekendDays": [{"date": "2026-03-07", "name": "Làm bù thử", "source": "test"}]
            }
            """;

    @TempDir
    Path directory;

    private final HolidayCalendarLoader loader = new HolidayCalendarLoader();

    @Test
    void everyPackagedFileParsesAndKeepsItsDatesInItsYear() {
        HolidayCalendarData data = loader.load(null);

        assertThat(data.years()).containsKeys(2025, 2026, 2027);
        data.years().forEach((year, file) -> {
            assertThat(file.sources()).isNotEmpty();
            assertThat(file.daysOff()).isNotEmpty();
            assertThat(file.daysOff()).allSatisfy(day -> assertThat(day.date().getYear()).isEqualTo(year));
            assertThat(file.workingWeekendDays()).allSatisfy(day -> assertThat(day.date().getYear()).isEqualTo(year));
        });
    }

    @Test
    void packagedOfficialYearsCarryTheKnownTetBreaks() {
        HolidayCalendarData data = loader.load(null);

        assertThat(data.year(2025).orElseThrow().status()).isEqualTo(HolidayYear.Status.OFFICIAL);
        assertThat(dates(data.year(2025).orElseThrow().daysOff()))
                .contains(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 31));
        assertThat(data.year(2026).orElseThrow().status()).isEqualTo(HolidayYear.Status.OFFICIAL);
        assertThat(dates(data.year(2026).orElseThrow().daysOff()))
                .contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20));
    }

    @Test
    void packagedStatutoryOnlyYearsMatchTheStatutoryComputation() {
        StatutoryHolidays statutory = new StatutoryHolidays(LunarCalendar.vietnamese());

        loader.load(null).years().values().stream()
                .filter(year -> year.status() == HolidayYear.Status.STATUTORY_ONLY)
                .forEach(year -> assertThat(dates(year.daysOff()))
                        .as("vn-%d.json", year.year())
                        .containsExactlyInAnyOrderElementsOf(dates(statutory.forYear(year.year()).daysOff())));
    }

    @Test
    void externalFileOverridesThePackagedYear() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), VALID_2026);

        HolidayYear year = loader.load(directory).year(2026).orElseThrow();

        assertThat(dates(year.daysOff())).containsExactly(LocalDate.of(2026, 3, 2));
        assertThat(dates(year.workingWeekendDays())).containsExactly(LocalDate.of(2026, 3, 7));
    }

    @Test
    void externalFileAddsAYear() throws IOException {
        Files.writeString(directory.resolve("vn-2031.json"), """
                {"year": 2031, "status": "OFFICIAL", "sources": ["test"],
                 "daysOff": [{"date": "2031-01-01", "name": "Tết Dương lịch", "source": "test"}]}
                """);

        HolidayCalendarData data = loader.load(directory);

        assertThat(data.year(2031)).isPresent();
        assertThat(data.year(2025)).isPresent();
    }

    @Test
    void invalidDateNamesTheFileAndTheField() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), VALID_2026.replace("2026-03-02", "2026-02-30"));

        assertThatThrownBy(() -> loader.load(directory))
                .isInstanceOf(InvalidHolidayCalendarException.class)
                .hasMessageContaining("vn-2026.json")
                .hasMessageContaining("daysOff[0].date");
    }

    @Test
    void dateOutsideTheYearIsRejected() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), VALID_2026.replace("2026-03-02", "2027-03-02"));

        assertThatThrownBy(() -> loader.load(directory))
                .hasMessageContaining("vn-2026.json")
                .hasMessageContaining("daysOff[0].date")
                .hasMessageContaining("outside 2026");
    }

    @Test
    void entryWithoutSourceIsRejected() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"),
                VALID_2026.replace("\"name\": \"Ngày nghỉ thử\", \"source\": \"test\"", "\"name\": \"Ngày nghỉ thử\""));

        assertThatThrownBy(() -> loader.load(directory))
                .hasMessageContaining("vn-2026.json")
                .hasMessageContaining("daysOff[0].source");
    }

    @Test
    void misspeltFieldIsRejectedRatherThanIgnored() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), VALID_2026.replace("\"daysOff\"", "\"daysoff\""));

        assertThatThrownBy(() -> loader.load(directory))
                .hasMessageContaining("vn-2026.json")
                .hasMessageContaining("'daysoff'");
    }

    @Test
    void unknownStatusIsRejected() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), VALID_2026.replace("OFFICIAL", "DRAFT"));

        assertThatThrownBy(() -> loader.load(directory))
                .hasMessageContaining("vn-2026.json")
                .hasMessageContaining("'status'");
    }

    @Test
    void workingWeekendDayMustFallOnAWeekend() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), VALID_2026.replace("2026-03-07", "2026-03-06"));

        assertThatThrownBy(() -> loader.load(directory))
                .hasMessageContaining("workingWeekendDays[0].date")
                .hasMessageContaining("not a Saturday or Sunday");
    }

    @Test
    void yearMustMatchTheFileName() throws IOException {
        Files.writeString(directory.resolve("vn-2028.json"), VALID_2026);

        assertThatThrownBy(() -> loader.load(directory))
                .hasMessageContaining("vn-2028.json")
                .hasMessageContaining("'year'");
    }

    @Test
    void brokenJsonIsRejected() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), VALID_2026.substring(0, 40));

        assertThatThrownBy(() -> loader.load(directory))
                .isInstanceOf(InvalidHolidayCalendarException.class)
                .hasMessageContaining("vn-2026.json");
    }

    @Test
    void missingDirectoryIsRejected() {
        assertThatThrownBy(() -> loader.load(directory.resolve("absent")))
                .hasMessageContaining("initiatives.calendar.directory")
                .hasMessageContaining("absent");
    }

    private static List<LocalDate> dates(List<HolidayYear.Day> days) {
        return days.stream().map(HolidayYear.Day::date).toList();
    }
}
