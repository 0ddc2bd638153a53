package vn.hcmc.initiatives.deadline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.hcmc.initiatives.api.JsonFieldPath;

/**
 * Reads the per-year holiday files packaged under {@code calendar/} and, when configured, from an
 * external directory, so that an administrator can add next year's schedule with a restart instead
 * of a release. A file in the external directory replaces the packaged file of the same year.
 */
final class HolidayCalendarLoader {

    static final String CLASSPATH_LOCATION = "classpath*:calendar/vn-*.json";
    static final String FILE_GLOB = "vn-*.json";

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendarLoader.class);
    private static final Pattern FILE_NAME = Pattern.compile("vn-(\\d{4})\\.json");

    private final PathMatchingResourcePatternResolver resolver;
    private final JsonMapper mapper;

    HolidayCalendarLoader() {
        this.resolver = new PathMatchingResourcePatternResolver();
        // Strict on purpose: a misspelt field must not be ignored and leave a holiday out.
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** @param externalDirectory may be {@code null}: then only the packaged files are read */
    HolidayCalendarData load(Path externalDirectory) {
        Map<Integer, HolidayYear> years = new LinkedHashMap<>();
        Map<Integer, String> origins = new LinkedHashMap<>();
        for (Resource resource : packagedFiles()) {
            String file = "classpath:calendar/" + resource.getFilename();
            HolidayYear year = read(file, resource.getFilename(), resource::getInputStream);
            String earlier = origins.putIfAbsent(year.year(), file);
            if (earlier != null) {
                throw new InvalidHolidayCalendarException(file, "year", "is also packaged in " + earlier);
            }
            years.put(year.year(), year);
        }
        if (externalDirectory != null) {
            for (Path path : externalFiles(externalDirectory)) {
                HolidayYear year = read(path.toString(), path.getFileName().toString(),
                        () -> Files.newInputStream(path));
                years.put(year.year(), year);
                origins.put(year.year(), path.toString());
            }
        }
        origins.forEach((year, origin) ->
                log.info("Holiday calendar {}: {} from {}", year, years.get(year).status(), origin));
        log.info("Holiday calendar: years without a file use the Labour Code's statutory holidays");
        return new HolidayCalendarData(years);
    }

    private Resource[] packagedFiles() {
        try {
            return resolver.getResources(CLASSPATH_LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + CLASSPATH_LOCATION, e);
        }
    }

    private static List<Path> externalFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("%s points to %s, which is not a readable directory"
                    .formatted(HolidayCalendarConfiguration.DIRECTORY_PROPERTY, directory));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, FILE_GLOB)) {
            List<Path> result = new ArrayList<>();
            files.forEach(result::add);
            result.sort(null);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private HolidayYear read(String file, String fileName, InputSource source) {
        Matcher name = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (!name.matches()) {
            throw new InvalidHolidayCalendarException(file, "(file name)", "must be vn-<four-digit year>.json");
        }
        HolidayYear year;
        try (InputStream in = source.open()) {
            year = mapper.readValue(in, HolidayYear.class);
        } catch (JsonMappingException e) {
            throw new InvalidHolidayCalendarException(file, path(e), e.getOriginalMessage() + at(e), e);
        } catch (JacksonException e) {
            throw new InvalidHolidayCalendarException(file, "(document)",
                    "not valid JSON: " + e.getOriginalMessage() + at(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (year == null) {
            throw new InvalidHolidayCalendarException(file, "(document)", "is empty");
        }
        validate(file, Integer.parseInt(name.group(1)), year);
        return new HolidayYear(year.year(), year.status(), List.copyOf(year.sources()), List.copyOf(year.daysOff()),
                year.workingWeekendDays() == null ? List.of() : List.copyOf(year.workingWeekendDays()));
    }

    private static void validate(String file, int yearInFileName, HolidayYear year) {
        if (year.year() == null) {
            throw missing(file, "year");
        }
        if (year.year() != yearInFileName) {
            throw new InvalidHolidayCalendarException(file, "year",
                    "is %d but the file name says %d".formatted(year.year(), yearInFileName));
        }
        if (year.status() == null) {
            throw missing(file, "status");
        }
        if (year.sources() == null || year.sources().isEmpty()) {
            throw missing(file, "sources");
        }
        for (int i = 0; i < year.sources().size(); i++) {
            if (isBlank(year.sources().get(i))) {
                throw new InvalidHolidayCalendarException(file, "sources[%d]".formatted(i), "must not be blank");
            }
        }
        if (year.daysOff() == null) {
            throw missing(file, "daysOff");
        }
        Set<LocalDate> daysOff = validateDays(file, "daysOff", year.year(), year.daysOff());
        if (year.workingWeekendDays() != null) {
            validateDays(file, "workingWeekendDays", year.year(), year.workingWeekendDays());
            for (int i = 0; i < year.workingWeekendDays().size(); i++) {
                LocalDate date = year.workingWeekendDays().get(i).date();
                String field = "workingWeekendDays[%d].date".formatted(i);
                if (!StatutoryHolidays.isWeekend(date)) {
                    throw new InvalidHolidayCalendarException(file, field, date + " is not a Saturday or Sunday");
                }
                if (daysOff.contains(date)) {
                    throw new InvalidHolidayCalendarException(file, field, date + " is also listed in daysOff");
                }
            }
        }
    }

    private static Set<LocalDate> validateDays(String file, String list, int year, List<HolidayYear.Day> days) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            HolidayYear.Day day = days.get(i);
            String prefix = "%s[%d]".formatted(list, i);
            if (day == null) {
                throw missing(file, prefix);
            }
            if (day.date() == null) {
                throw missing(file, prefix + ".date");
            }
            if (day.date().getYear() != year) {
                throw new InvalidHolidayCalendarException(file, prefix + ".date",
                        day.date() + " lies outside " + year);
            }
            if (!seen.add(day.date())) {
                throw new InvalidHolidayCalendarException(file, prefix + ".date",
                        day.date() + " is listed twice");
            }
            if (isBlank(day.name())) {
                throw missing(file, prefix + ".name");
            }
            if (isBlank(day.source())) {
                throw missing(file, prefix + ".source");
            }
        }
        return seen;
    }

    private static InvalidHolidayCalendarException missing(String file, String field) {
        return new InvalidHolidayCalendarException(file, field, "is missing or empty");
    }

    /** Jackson's path ({@code daysOff[2].date}) in the form an administrator sees in the file. */
    private static String path(JsonMappingException e) {
        String path = JsonFieldPath.of(e);
        return path == null ? "(document)" : path;
    }

    private static String at(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line %d, column %d)".formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @FunctionalInterface
    private interface InputSource {
        InputStream open() throws IOException;
    }
}
