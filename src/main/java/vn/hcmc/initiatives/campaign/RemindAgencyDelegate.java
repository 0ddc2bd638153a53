package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.security.Groups;

/** Puts on record that an agency which has not registered yet was reminded of the deadline. */
@Component("remindAgency")
class RemindAgencyDelegate implements JavaDelegate {

    private final CampaignSchedule schedule;
    private final DecisionLog log;

    RemindAgencyDelegate(CampaignSchedule schedule, DecisionLog log) {
        this.schedule = schedule;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = (String) execution.getVariable(AGENCY_CODE);
        log.of(execution, "REMINDER").actor(DecisionLog.SYSTEM)
                .detail("remindedGroup", Groups.head(agency))
                .detail("deadline", execution.getVariable(REGISTRATION_DEADLINE_TEXT))
                .detail("workingDaysBefore", schedule.reminderWorkingDaysBefore()).append();
    }
}
