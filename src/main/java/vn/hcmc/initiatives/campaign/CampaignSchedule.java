package vn.hcmc.initiatives.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.deadline.WorkingDayCalendar;

/**
 * When the campaign opens, closes and reminds, as the model's timers ask for it
 * ({@code ${campaignSchedule.cycle()}}, {@code ${campaignSchedule.reminder(registrationDeadline)}}).
 * Registration closes at a moment: a deadline given as a date closes at the end of that day in
 * Hồ Chí Minh City, so the whole day counts.
 */
@Component("campaignSchedule")
public class CampaignSchedule {

    static final LocalTime OPENING_TIME = LocalTime.of(7, 0);
    private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CampaignSettings settings;
    private final WorkingDayCalendar calendar;

    CampaignSchedule(CampaignSettings settings, WorkingDayCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    /**
     * ISO-8601 repeating interval of the timer start: every year from the next opening day on, at 07:00
     * with Vietnam's offset, so that the server's own time zone does not matter. Read when the model is
     * deployed and again each time the timer fires ({@code reevaluateTimeCycleWhenDue}), so the opening after
     * next follows the setting too; {@link OpeningDayFollowsSettings} moves the one the clock waits for.
     */
    public String cycle() {
        ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ServiceClock.ZONE);
        ZonedDateTime next = opening(now.getYear());
        if (!next.isAfter(now)) {
            next = opening(now.getYear() + 1);
        }
        return "R/" + next.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1Y";
    }

    /** The moment the campaign of {@code year} opens by itself: the configured day, at 07:00. */
    public Date openingOf(int year) {
        return Date.from(opening(year).toInstant());
    }

    private ZonedDateTime opening(int year) {
        return settings.startDate().atYear(year).atTime(OPENING_TIME).atZone(ServiceClock.ZONE);
    }

    /** The configured deadline of the campaign of {@code year}: the end of that day. */
    public Date configuredDeadline(int year) {
        return closingOf(settings.registrationDeadline().atYear(year));
    }

    /**
     * The moment registration closes, from what a user or client gave: a {@link Date}, an ISO date
     * (closes at the end of that day), an ISO date-time with offset, or a local date-time in Vietnam's time.
     * {@code null} when it is none of these.
     */
    public Date closingTime(Object given) {
        if (given instanceof Date date) {
            return date;
        }
        if (given == null || given.toString().isBlank()) {
            return null;
        }
        String text = given.toString().trim();
        try {
            if (text.length() == 10) {
                return closingOf(LocalDate.parse(text));
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return Date.from(OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant());
            }
            return ServiceClock.toDate(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last day on which one may still register. */
    public LocalDate lastDay(Date closesAt) {
        return ServiceClock.toLocalDate(new Date(closesAt.getTime() - 1));
    }

    /** The start of the day {@code reminder-working-days-before} working days before the last day. */
    public Date reminder(Date closesAt) {
        LocalDate day = calendar.subtractWorkingDays(lastDay(closesAt), settings.reminderWorkingDaysBefore());
        return ServiceClock.startOf(day);
    }

    /** The configured opening day. */
    public MonthDay startDate() {
        return settings.startDate();
    }

    public int reminderWorkingDaysBefore() {
        return settings.reminderWorkingDaysBefore();
    }

    /** 31/03/2031 for a deadline at the end of a day, 31/03/2031 17:00 otherwise. */
    public String display(Date closesAt) {
        ZonedDateTime at = ZonedDateTime.ofInstant(closesAt.toInstant(), ServiceClock.ZONE);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? ServiceClock.display(lastDay(closesAt))
                : DISPLAY_TIME.format(at);
    }

    private static Date closingOf(LocalDate lastDay) {
        return ServiceClock.startOf(lastDay.plusDays(1));
    }
}
