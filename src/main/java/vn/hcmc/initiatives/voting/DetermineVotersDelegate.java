package vn.hcmc.initiatives.voting;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.security.Groups;

/**
 * The eligible voters (D73 art. 8): the agency's head and deputies, without a deputy who is the
 * proposer. When the head proposed, the superior level votes instead (D73 art. 7) and no agency head's
 * vote breaks a tie.
 */
@Component("determineVoters")
class DetermineVotersDelegate implements JavaDelegate {

    private final IdentityService identity;
    private final DecisionLog log;
    private final ServiceCommands service;

    DetermineVotersDelegate(IdentityService identity, DecisionLog log,
                            ServiceCommands service) {
        this.service = service;
        this.identity = identity;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String agency = (String) execution.getVariable(AGENCY_CODE);
        String proposer = (String) execution.getVariable(PROPOSER_ID);
        // The head's own proposal is decided one level up (RegisterInitiativeListener chose the decider).
        boolean byHead = !Groups.head(agency).equals(execution.getVariable(DECIDER_GROUP));
        Set<String> voters = new LinkedHashSet<>();
        String head = null;
        if (byHead) {
            voters.addAll(members((String) execution.getVariable(DECIDER_GROUP)));
        } else {
            List<String> heads = members(Groups.head(agency));
            head = heads.isEmpty() ? null : heads.get(0);
            voters.addAll(heads);
            voters.addAll(members(Groups.leaders(agency)));
        }
        voters.remove(proposer);
        List<String> eligible = new ArrayList<>(voters);

        execution.setVariable(VOTERS, Variables.objectValue(eligible).serializationDataFormat("application/json").create());
        execution.setVariable(ELIGIBLE_VOTERS, eligible.size());
        execution.setVariable(YES_VOTES, 0);
        execution.setVariable(NO_VOTES, 0);
        execution.setVariable(HEAD_ID, head);
        // headVote is set by the head's own vote (CountVoteListener); until then, or without a voting head, it is absent.
        log.of(execution, "VOTERS_DETERMINED").actor(DecisionLog.SYSTEM)
                .detail("voters", eligible).detail("head", head).detail("proposerExcluded", proposer).append();
    }

    private List<String> members(String groupId) {
        return service.call(() -> identity.createUserQuery().memberOfGroup(groupId)
                .orderByUserId().asc().list().stream().map(User::getId).toList());
    }
}
