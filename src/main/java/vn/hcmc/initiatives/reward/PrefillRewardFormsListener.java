package vn.hcmc.initiatives.reward;

import static vn.hcmc.initiatives.reward.InitiativeRewardProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The head's proposal starts from the table's recommendation: Tasklist's checklist shows the recommended
 * forms ticked. Set on the process instance, not the task, so the head's choice replaces it there.
 */
@Component("prefillRewardForms")
class PrefillRewardFormsListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(REWARD_FORMS) == null) {
            task.getExecution().getProcessInstance().setVariable(REWARD_FORMS,
                    RewardForms.codesOrNone(task.getVariable(RECOMMENDED_REWARD_FORMS)));
        }
    }
}
