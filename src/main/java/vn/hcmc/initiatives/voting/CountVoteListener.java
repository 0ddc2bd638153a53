package vn.hcmc.initiatives.voting;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * Records one voter's vote and keeps the running tally on the initiative. A vote is personal: only its voter (the
 * task's assignee, who cannot change: {@code security/OnlyEntitledAssignees}) casts it, not an administrator on their
 * behalf (403); the engine's own calls without a user (imports, tests) are trusted.
 */
@Component("countVote")
class CountVoteListener implements TaskListener {

    private static final Set<String> VOTES = Set.of(LeadershipVoteDecision.VOTE_YES, LeadershipVoteDecision.VOTE_NO);

    private final DecisionLog log;

    CountVoteListener(DecisionLog log) {
        this.log = log;
    }

    @Override
    public void notify(DelegateTask task) {
        Object vote = task.getVariable(VOTE);
        if (vote == null || !VOTES.contains(vote.toString())) {
            throw new FormFieldValidationException(VOTE,
                    "vote: chọn YES (đồng ý) hoặc NO (không đồng ý); nhận được '" + vote + "'");
        }
        String submittedBy = log.currentActor();
        if (!DecisionLog.SYSTEM.equals(submittedBy) && !submittedBy.equals(task.getAssignee())) {
            throw new AuthorizationException(submittedBy + " không được biểu quyết thay " + task.getAssignee()
                    + " (a vote is cast by its voter only)");
        }
        DelegateExecution instance = task.getExecution().getProcessInstance();
        boolean yes = LeadershipVoteDecision.VOTE_YES.equals(vote);
        String variable = yes ? YES_VOTES : NO_VOTES;
        instance.setVariable(variable, ((Number) instance.getVariable(variable)).intValue() + 1);
        if (task.getAssignee() != null && task.getAssignee().equals(instance.getVariable(HEAD_ID))) {
            instance.setVariable(HEAD_VOTE, vote.toString());
        }
        log.of(task.getExecution(), "VOTE").outcome(vote).actor(task.getAssignee())
                .detail("submittedBy", submittedBy).append();
    }
}
