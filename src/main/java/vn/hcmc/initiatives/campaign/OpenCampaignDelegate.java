package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.agency.AgencyRegistry;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/** Lists the agencies the campaign asks to register: those active in the registry as it opens. */
@Component("openCampaignDelegate")
class OpenCampaignDelegate implements JavaDelegate {

    private final AgencyRegistry registry;
    private final DecisionLog log;

    OpenCampaignDelegate(AgencyRegistry registry, DecisionLog log) {
        this.registry = registry;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> codes = registry.active().stream().map(Agency::code).toList();
        execution.setVariable(CAMPAIGN_AGENCIES,
                Variables.objectValue(codes).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        log.of(execution, RECORD_CAMPAIGN_OPENED).outcome(execution.getVariable(CAMPAIGN_TRIGGER))
                .detail(YEAR, execution.getVariable(YEAR))
                .detail(REGISTRATION_DEADLINE, execution.getVariable(REGISTRATION_DEADLINE_TEXT))
                .detail("agencies", codes).append();
    }
}
