package vn.hcmc.initiatives.deadline;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The deadline of each step, in working days, as the models' timers and task due dates ask for it
 * ({@code ${deadlines.vote(receivedAt)}}). A deadline is the start of the day after the last working
 * day allowed, in Vietnam's time zone, so the whole last day counts.
 */
@Component("deadlines")
public class DeadlinePolicy {

    private final WorkingDayCalendar calendar;
    private final DeadlineSettings settings;

    DeadlinePolicy(WorkingDayCalendar calendar, DeadlineSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public Date partyOpinion(Date receivedAt) {
        return calendar.deadlineAfter(receivedAt, settings.partyOpinionWorkingDays());
    }

    public Date vote(Date receivedAt) {
        return calendar.deadlineAfter(receivedAt, settings.voteWorkingDays());
    }

    public Date cityDecision(Date receivedAt) {
        return calendar.deadlineAfter(receivedAt, settings.cityDecisionWorkingDays());
    }

    /** Working days after the planned end, extended by the working days the initiative was suspended. */
    public Date completionReport(Object plannedEndDate, Object pausedWorkingDays) {
        LocalDate end = LocalDate.parse(plannedEndDate.toString().substring(0, 10));
        int paused = pausedWorkingDays == null ? 0 : ((Number) pausedWorkingDays).intValue();
        return calendar.deadlineAfter(ServiceClock.startOf(end), settings.completionReportWorkingDays() + paused);
    }

    public Date evaluation(Date reportReceivedAt) {
        return calendar.deadlineAfter(reportReceivedAt, settings.evaluationWorkingDays());
    }

    /** The leadership's cause analysis in a responsibility review (policy setting). */
    public Date responsibilityReview(Date requestedAt) {
        return calendar.deadlineAfter(requestedAt, settings.responsibilityReviewWorkingDays());
    }

    /** The emulation and commendation board's review of a reward proposal (policy setting). */
    public Date rewardReview(Date proposedAt) {
        return calendar.deadlineAfter(proposedAt, settings.rewardReviewWorkingDays());
    }

    /** ISO-8601 repeating interval for the preliminary reviews (sơ kết) while an initiative is carried out. */
    public String progressReviewCycle() {
        return "R/" + settings.progressReviewInterval();
    }
}
