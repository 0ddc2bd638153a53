package vn.hcmc.initiatives.campaign;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The yearly campaign ({@code initiatives.campaign.*}); the sources leave its dates open (DOMAIN.md,
 * open points). Dates are ISO month-days: {@code --01-15} is 15 January.
 *
 * @param startDate the day the campaign opens by itself, at 07:00 in Hồ Chí Minh City
 * @param registrationDeadline the last day to register, in the year of the campaign
 * @param reminderWorkingDaysBefore working days before the deadline that late agencies are reminded
 */
@ConfigurationProperties("initiatives.campaign")
public record CampaignSettings(
        @DefaultValue("--01-15") MonthDay startDate,
        @DefaultValue("--03-31") MonthDay registrationDeadline,
        @DefaultValue("5") int reminderWorkingDaysBefore) {

    public CampaignSettings {
        if (!registrationDeadline.isAfter(startDate)) {
            throw new IllegalArgumentException("initiatives.campaign.registration-deadline (" + registrationDeadline
                    + ") must come after initiatives.campaign.start-date (" + startDate + ") in the same year");
        }
        if (reminderWorkingDaysBefore < 0) {
            throw new IllegalArgumentException("initiatives.campaign.reminder-working-days-before must be 0 or more");
        }
    }
}
