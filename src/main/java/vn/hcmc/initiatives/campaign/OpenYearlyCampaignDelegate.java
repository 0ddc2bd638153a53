package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.MESSAGE_CAMPAIGN_DUE;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The yearly clock has struck: the campaign opens for the current year, unless it is open already. */
@Component("openYearlyCampaign")
class OpenYearlyCampaignDelegate implements JavaDelegate {

    private final RuntimeService runtime;

    OpenYearlyCampaignDelegate(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runtime.createMessageCorrelation(MESSAGE_CAMPAIGN_DUE).correlateStartMessage();
    }
}
