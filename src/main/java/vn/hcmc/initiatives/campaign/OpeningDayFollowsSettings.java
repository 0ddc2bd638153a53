package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.SCHEDULE_KEY;
import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.SCHEDULE_TIMER;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.deadline.ServiceClock;

/**
 * Keeps the yearly clock on the configured opening day ({@code initiatives.campaign.start-date}). The engine
 * computes the clock's due date when the schedule's model is deployed, and a model that did not change is not
 * deployed again; so after an operator changes the day, each start moves the waiting clock to that day of the
 * year it waits for. A day already past in that year opens the campaign at once (the campaign opens once a
 * year: the opening checks). A clock already due is left to fire as it is. The openings after that read the
 * setting when the clock fires ({@code reevaluateTimeCycleWhenDue}).
 *
 * <p>Runs before the web server and the job executor start, as the identity setup does.
 */
@Component
class OpeningDayFollowsSettings implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningDayFollowsSettings.class);

    private final ManagementService management;
    private final CampaignSchedule schedule;

    OpeningDayFollowsSettings(ManagementService management, CampaignSchedule schedule) {
        this.management = management;
        this.schedule = schedule;
    }

    @Override
    public void afterSingletonsInstantiated() {
        apply();
    }

    void apply() {
        Date now = ClockUtil.getCurrentTime();
        for (Job clock : management.createJobQuery().processDefinitionKey(SCHEDULE_KEY).activityId(SCHEDULE_TIMER)
                .timers().list()) {
            if (!clock.getDuedate().after(now)) {
                continue;
            }
            int year = ServiceClock.toLocalDate(clock.getDuedate()).getYear();
            Date configured = schedule.openingOf(year);
            Date due = configured.before(now) ? now : configured;
            if (due.getTime() != clock.getDuedate().getTime()) {
                management.setJobDuedate(clock.getId(), due);
                LOG.info("The {} campaign opens {} instead of {} (Hồ Chí Minh City time): initiatives.campaign.start-date"
                        + " is {}", year, ServiceClock.toLocalDateTime(due),
                        ServiceClock.toLocalDateTime(clock.getDuedate()), schedule.startDate());
            }
        }
    }
}
