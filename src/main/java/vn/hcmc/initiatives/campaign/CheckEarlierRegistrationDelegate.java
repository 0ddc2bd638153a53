package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.agency.AgencyRegistry;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/** An agency that registered for the year before the campaign opened has nothing to wait for. */
@Component("checkEarlierRegistration")
class CheckEarlierRegistrationDelegate implements JavaDelegate {

    private final AgencyRegistrations registrations;
    private final AgencyRegistry registry;
    private final DecisionLog log;

    CheckEarlierRegistrationDelegate(AgencyRegistrations registrations, AgencyRegistry registry, DecisionLog log) {
        this.registrations = registrations;
        this.registry = registry;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = (String) execution.getVariable(AGENCY_CODE);
        execution.setVariableLocal(AGENCY_NAME, registry.find(agency).map(Agency::name).orElse(agency));
        List<String> initiatives = registrations.of(agency, ((Number) execution.getVariable(YEAR)).intValue());
        execution.setVariableLocal(AGENCY_REGISTERED, !initiatives.isEmpty());
        if (!initiatives.isEmpty()) {
            log.of(execution, "AGENCY_REGISTERED").outcome("BEFORE_CAMPAIGN").actor(DecisionLog.SYSTEM)
                    .detail("initiatives", initiatives).append();
        }
    }
}
