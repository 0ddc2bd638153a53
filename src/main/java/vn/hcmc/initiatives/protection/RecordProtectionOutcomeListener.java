package vn.hcmc.initiatives.protection;

import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * Records the outcome of table {@code protection-outcome} with everything it was found on: the causes,
 * every finding and who made them, and who bears responsibility for the result (D73 art. 8, 11).
 */
@Component("recordProtectionOutcome")
class RecordProtectionOutcomeListener implements ExecutionListener {

    private static final List<String> GROUNDS = List.of(REVIEW_TRIGGER, EVALUATION_RESULT, OBJECTIVE_CAUSES,
            SUBJECTIVE_CAUSES, FOLLOWED_POLICY, PURE_MOTIVE, COMMON_GOOD, SELF_INTEREST, SHIRKED_RESPONSIBILITY,
            IGNORED_SUSPEND_OR_STOP, SUSPEND_OR_STOP_EVIDENCE, DAMAGE_OCCURRED, DAMAGE_DESCRIPTION, ANALYSED_BY,
            RESPONSIBLE_BODY, PERSONALLY_RESPONSIBLE, RESPONSIBILITY_BEARER);

    private final DecisionLog log;

    RecordProtectionOutcomeListener(DecisionLog log) {
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DecisionLog.Entry entry = log.of(execution, PROTECTION_OUTCOME_RECORD)
                .outcome(execution.getVariable(PROTECTION_OUTCOME)).actor(DecisionLog.SYSTEM)
                .reason(execution.getVariable(RESPONSIBILITY_BEARER));
        GROUNDS.forEach(name -> entry.detail(name, execution.getVariable(name)));
        entry.append();
    }
}
