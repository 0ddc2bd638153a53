package vn.hcmc.initiatives.reward;

import static vn.hcmc.initiatives.reward.InitiativeRewardProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * Keeps the recommendation of table {@code reward-recommendation} as a list of distinct codes (an edited
 * table may recommend a form twice), and records it. The forms show the codes' Vietnamese labels.
 */
@Component("recordRewardRecommendation")
class RecordRewardRecommendationListener implements ExecutionListener {

    private final DecisionLog log;

    RecordRewardRecommendationListener(DecisionLog log) {
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object decided = execution.getVariable(RECOMMENDED_REWARD_FORMS);
        List<String> recommended = RewardForms.codes(decided);
        if (!recommended.equals(decided)) {
            execution.setVariable(RECOMMENDED_REWARD_FORMS, recommended);
        }
        log.of(execution, REWARD_RECOMMENDATION_RECORD).actor(DecisionLog.SYSTEM)
                .detail(RECOMMENDED_REWARD_FORMS, recommended)
                .detail(EVALUATION_RESULT, execution.getVariable(EVALUATION_RESULT))
                .detail(IMPACT_SCOPE, execution.getVariable(IMPACT_SCOPE))
                .detail(REPLICABLE, execution.getVariable(REPLICABLE)).append();
    }
}
