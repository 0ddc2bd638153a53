package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.agency.AgencyRegistry;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * Registration has closed: the agencies asked that have not registered for the year are late, and the
 * city committee is told of all of them at once.
 */
@Component("findLateAgencies")
class FindLateAgenciesDelegate implements JavaDelegate {

    private final AgencyRegistrations registrations;
    private final AgencyRegistry registry;
    private final DecisionLog log;

    FindLateAgenciesDelegate(AgencyRegistrations registrations, AgencyRegistry registry, DecisionLog log) {
        this.registrations = registrations;
        this.registry = registry;
        this.log = log;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(YEAR)).intValue();
        List<String> asked = (List<String>) execution.getVariable(CAMPAIGN_AGENCIES);
        List<String> late = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String code : asked) {
            if (registrations.of(code, year).isEmpty()) {
                late.add(code);
                lines.add("- " + registry.find(code).map(Agency::name).orElse(code) + " (" + code + ")");
            }
        }
        execution.setVariable(LATE_AGENCIES,
                Variables.objectValue(late).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        execution.setVariable(LATE_AGENCIES_TEXT, String.join("\n", lines));
        log.of(execution, "REGISTRATION_CLOSED").outcome(late.isEmpty() ? "ALL_REGISTERED" : "AGENCIES_LATE")
                .actor(DecisionLog.SYSTEM).detail("asked", asked.size()).detail("lateAgencies", late).append();
    }
}
