package vn.hcmc.initiatives.deadline;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HolidayCalendarConfiguration {

    static final String DIRECTORY_PROPERTY = "initiatives.calendar.directory";

    @Bean
    HolidayCalendarData holidayCalendarData(@Value("${" + DIRECTORY_PROPERTY + ":}") String directory) {
        return new HolidayCalendarLoader().load(directory.isBlank() ? null : Path.of(directory.strip()));
    }
}
