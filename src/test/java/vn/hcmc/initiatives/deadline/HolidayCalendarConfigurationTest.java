package vn.hcmc.initiatives.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class HolidayCalendarConfigurationTest {

    @TempDir
    Path directory;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(HolidayCalendarConfiguration.class, WorkingDayCalendar.class);

    @Test
    void withoutADirectoryThePackagedYearsApply() {
        context.run(started -> assertThat(started.getBean(WorkingDayCalendar.class)
                .isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse());
    }

    @Test
    void administratorsDirectoryIsReadAtStartUp() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), """
                {"year": 2026, "status": "OFFICIAL", "sources": ["test"],
                 "daysOff": [{"date": "2026-03-02", "name": "Ngày nghỉ thử", "source": "test"}]}
                """);

        context.withPropertyValues(HolidayCalendarConfiguration.DIRECTORY_PROPERTY + "=" + directory)
                .run(started -> {
                    WorkingDayCalendar calendar = started.getBean(WorkingDayCalendar.class);
                    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
                    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue();
                });
    }

    @Test
    void invalidFileStopsTheStartUp() throws IOException {
        Files.writeString(directory.resolve("vn-2026.json"), "{\"year\": 2026}");

        context.withPropertyValues(HolidayCalendarConfiguration.DIRECTORY_PROPERTY + "=" + directory)
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause()
                        .hasMessageContaining("vn-2026.json")
                        .hasMessageContaining("'status'"));
    }
}
