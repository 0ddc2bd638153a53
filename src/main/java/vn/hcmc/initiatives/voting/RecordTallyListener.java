package vn.hcmc.initiatives.voting;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * Records the tally of table {@code leadership-vote}. A passed vote makes the collective leadership
 * responsible for the result (D73 art. 8, 11).
 */
@Component("recordTally")
class RecordTallyListener implements ExecutionListener {

    private final DecisionLog log;

    RecordTallyListener(DecisionLog log) {
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object outcome = execution.getVariable(VOTE_OUTCOME);
        if (LeadershipVoteDecision.PASSED.equals(outcome)) {
            execution.setVariable(RESPONSIBLE_BODY, "COLLECTIVE_LEADERSHIP");
        }
        log.of(execution, "VOTE_TALLY").outcome(outcome).actor(DecisionLog.SYSTEM)
                .detail("yes", execution.getVariable(YES_VOTES)).detail("no", execution.getVariable(NO_VOTES))
                .detail("eligible", execution.getVariable(ELIGIBLE_VOTERS))
                .detail("headVote", execution.getVariable(HEAD_VOTE))
                .detail("decidedBy", execution.getVariable(DECIDER_GROUP)).append();
    }
}
