package vn.hcmc.initiatives.reward;

import static vn.hcmc.initiatives.reward.InitiativeRewardProcess.AGENCY_CODE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.CalledForInitiative;

/** Opens a reward case under the initiative's business key, for the initiative's agency. */
@Component("startInitiativeReward")
class StartInitiativeRewardListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        CalledForInitiative.align(execution);
        Object agency = execution.getVariable(AGENCY_CODE);
        if (agency == null || agency.toString().isBlank()) {
            throw new BadUserRequestException(AGENCY_CODE + ": a reward case needs the initiative's agency");
        }
    }
}
