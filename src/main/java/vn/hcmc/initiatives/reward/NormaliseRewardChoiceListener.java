package vn.hcmc.initiatives.reward;

import static vn.hcmc.initiatives.reward.InitiativeRewardProcess.*;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.EARLY_SALARY_STEP;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Before a reward choice is checked and recorded: the chosen forms become a list of known codes whatever
 * shape they were submitted in, and the months of an early salary step are dropped when that form is not
 * chosen (Tasklist hides the field then, so an earlier value would otherwise linger).
 */
@Component("normaliseRewardChoice")
class NormaliseRewardChoiceListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        List<String> chosen;
        try {
            chosen = RewardForms.codes(task.getVariable(REWARD_FORMS));
        } catch (IllegalArgumentException e) {
            throw new FormFieldValidationException(REWARD_FORMS, REWARD_FORMS + ": " + e.getMessage());
        }
        if (chosen.isEmpty()) {
            throw new FormFieldValidationException(REWARD_FORMS,
                    REWARD_FORMS + ": chọn ít nhất một hình thức khen thưởng (required)");
        }
        DelegateExecution instance = task.getExecution().getProcessInstance();
        // Written only when the instance's value changes: each write of a list is another history row and three
        // byte arrays.
        if (!chosen.equals(instance.getVariable(REWARD_FORMS))) {
            instance.setVariable(REWARD_FORMS, chosen);
        }
        if (!chosen.contains(EARLY_SALARY_STEP) && !isZero(instance.getVariable(EARLY_SALARY_MONTHS))) {
            instance.setVariable(EARLY_SALARY_MONTHS, 0);
        }
    }

    private static boolean isZero(Object months) {
        return months instanceof Integer value && value == 0;
    }
}
