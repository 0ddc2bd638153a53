package vn.hcmc.initiatives.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The service's notion of "now" and "today": the engine clock (so tests can move it with
 * {@link ClockUtil}) read in Vietnam's time zone.
 */
public final class ServiceClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ServiceClock() {
    }

    public static LocalDate today() {
        return toLocalDate(ClockUtil.getCurrentTime());
    }

    public static LocalDate toLocalDate(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZONE);
    }

    /** The moment as a clock in Hồ Chí Minh City shows it. */
    public static LocalDateTime toLocalDateTime(Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZONE);
    }

    /** The moment a clock in Hồ Chí Minh City shows {@code localTime}. */
    public static Date toDate(LocalDateTime localTime) {
        return Date.from(localTime.atZone(ZONE).toInstant());
    }

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** A deadline is the start of the day after the last day allowed: that last day. */
    public static LocalDate lastAllowedDay(Date deadline) {
        return toLocalDate(deadline).minusDays(1);
    }

    public static String display(LocalDate day) {
        return day == null ? null : DISPLAY.format(day);
    }
}
