package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * At the deadline, asks the log once more: a registration whose message could not reach the campaign
 * still counts. Otherwise the agency is late, which is recorded before its head is asked why.
 */
@Component("checkRegistrationAtDeadline")
class CheckRegistrationAtDeadlineDelegate implements JavaDelegate {

    private final AgencyRegistrations registrations;
    private final DecisionLog log;

    CheckRegistrationAtDeadlineDelegate(AgencyRegistrations registrations, DecisionLog log) {
        this.registrations = registrations;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = (String) execution.getVariable(AGENCY_CODE);
        List<String> initiatives = registrations.of(agency, ((Number) execution.getVariable(YEAR)).intValue());
        execution.setVariableLocal(AGENCY_REGISTERED, !initiatives.isEmpty());
        DecisionLog.Entry entry = initiatives.isEmpty()
                ? log.of(execution, "REGISTRATION_MISSED").detail("deadline", execution.getVariable(REGISTRATION_DEADLINE_TEXT))
                : log.of(execution, "AGENCY_REGISTERED").outcome("FOUND_AT_DEADLINE").detail("initiatives", initiatives);
        entry.actor(DecisionLog.SYSTEM).append();
    }
}
