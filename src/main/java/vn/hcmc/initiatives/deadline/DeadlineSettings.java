package vn.hcmc.initiatives.deadline;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deadlines in working days ({@code initiatives.deadlines.*}). The vote, completion report and
 * evaluation periods are the Decree's (D73 art. 8, 18); the others (party opinion, city decision,
 * responsibility review, reward review, review interval) are policy settings where the sources are silent.
 */
@Validated
@ConfigurationProperties("initiatives.deadlines")
public record DeadlineSettings(
        @DefaultValue("5") int partyOpinionWorkingDays,
        @DefaultValue("7") int voteWorkingDays,
        @DefaultValue("15") int cityDecisionWorkingDays,
        @DefaultValue("5") int completionReportWorkingDays,
        @DefaultValue("7") int evaluationWorkingDays,
        @DefaultValue("P3M") Period progressReviewInterval,
        @DefaultValue("10") int responsibilityReviewWorkingDays,
        @DefaultValue("15") int rewardReviewWorkingDays) {

    public DeadlineSettings {
        for (int days : new int[] {partyOpinionWorkingDays, voteWorkingDays, cityDecisionWorkingDays,
                completionReportWorkingDays, evaluationWorkingDays, responsibilityReviewWorkingDays,
                rewardReviewWorkingDays}) {
            if (days < 1) {
                throw new IllegalArgumentException("initiatives.deadlines: every period must be at least 1 working day");
            }
        }
        if (progressReviewInterval.isNegative() || progressReviewInterval.isZero()) {
            throw new IllegalArgumentException("initiatives.deadlines.progress-review-interval must be positive");
        }
    }
}
