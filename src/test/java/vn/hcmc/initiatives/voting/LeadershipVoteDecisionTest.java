package vn.hcmc.initiatives.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.FAILED;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.INPUT_ELIGIBLE;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.INPUT_HEAD_VOTE;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.INPUT_NO;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.INPUT_YES;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.KEY;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.OUTPUT_VOTE_OUTCOME;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.PASSED;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.VOTE_NO;
import static vn.hcmc.initiatives.voting.LeadershipVoteDecision.VOTE_YES;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.hcmc.initiatives.support.DecisionTableEngine;

/** One test per rule row of {@code leadership-vote.dmn} (D73 art. 8), then the boundaries of the count. */
@Deployment(resources = "processes/leadership-vote.dmn")
class LeadershipVoteDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = DecisionTableEngine.extension();

    ProcessEngine engine;

    @Test
    void moreThanHalfOfEligibleVotersInFavourPasses() {
        assertThat(outcome(tally(3, 1, 4, VOTE_NO))).isEqualTo(PASSED);
        assertThat(rulesThatMatched()).containsExactly("Rule_MoreThanHalfInFavour");
    }

    @Test
    void tieGoesTheHeadsWay() {
        assertThat(outcome(tally(3, 3, 6, VOTE_YES))).isEqualTo(PASSED);
        assertThat(rulesThatMatched()).containsExactly("Rule_TieHeadInFavour");
    }

    @Test
    void tieFailsWhenTheHeadVotedNo() {
        assertThat(outcome(tally(3, 3, 6, VOTE_NO))).isEqualTo(FAILED);
        assertThat(rulesThatMatched()).containsExactly("Rule_TieHeadAgainstOrAbsent");
    }

    @Test
    void lessThanHalfInFavourFailsWhateverTheHeadVoted() {
        assertThat(outcome(tally(2, 4, 6, VOTE_YES))).isEqualTo(FAILED);
        assertThat(rulesThatMatched()).containsExactly("Rule_LessThanHalfInFavour");
    }

    @Test
    void noEligibleVotersFailsEvenWithTheHeadInFavour() {
        assertThat(outcome(tally(0, 0, 0, VOTE_YES))).isEqualTo(FAILED);
        assertThat(rulesThatMatched()).containsExactly("Rule_NoEligibleVoters");
    }

    @Test
    void tieFailsWhenTheHeadDidNotVote() {
        assertThat(outcome(tally(2, 2, 4, null))).isEqualTo(FAILED);
    }

    @Test
    void twoOfThreePasses() {
        assertThat(outcome(tally(2, 1, 3, null))).isEqualTo(PASSED);
    }

    @Test
    void oneOfThreeFails() {
        assertThat(outcome(tally(1, 2, 3, VOTE_YES))).isEqualTo(FAILED);
    }

    @Test
    void twoOfFourWithTheHeadInFavourPasses() {
        assertThat(outcome(tally(2, 2, 4, VOTE_YES))).isEqualTo(PASSED);
    }

    @Test
    void twoOfFourWithTheHeadAgainstFails() {
        assertThat(outcome(tally(2, 2, 4, VOTE_NO))).isEqualTo(FAILED);
    }

    @Test
    void absentOrAbstainingVotersCountAsNotInFavour() {
        assertThat(outcome(tally(2, 0, 5, VOTE_YES))).isEqualTo(FAILED);
    }

    @Test
    void missingCountOfVotesInFavourFails() {
        VariableMap tally = Variables.createVariables().putValue(INPUT_ELIGIBLE, 3).putValue(INPUT_HEAD_VOTE, VOTE_YES);

        assertThat(outcome(tally)).isEqualTo(FAILED);
    }

    @Test
    void everyTallyHasExactlyOneOutcome() {
        for (int eligible = 0; eligible <= 7; eligible++) {
            for (int yes = 0; yes <= eligible; yes++) {
                for (String headVote : Arrays.asList(VOTE_YES, VOTE_NO, null)) {
                    boolean passes = yes * 2 > eligible
                            || (eligible > 0 && yes * 2 == eligible && VOTE_YES.equals(headVote));

                    // UNIQUE fails the evaluation when two rows match; getSingleResult is null when none does.
                    DmnDecisionRuleResult result = engine.getDecisionService()
                            .evaluateDecisionTableByKey(KEY, tally(yes, eligible - yes, eligible, headVote))
                            .getSingleResult();

                    assertThat(result).as("yes=%d eligible=%d head=%s", yes, eligible, headVote).isNotNull();
                    assertThat((String) result.getEntry(OUTPUT_VOTE_OUTCOME))
                            .as("yes=%d eligible=%d head=%s", yes, eligible, headVote)
                            .isEqualTo(passes ? PASSED : FAILED);
                }
            }
        }
    }

    private static VariableMap tally(int yes, int no, int eligible, String headVote) {
        return Variables.createVariables()
                .putValue(INPUT_YES, yes)
                .putValue(INPUT_NO, no)
                .putValue(INPUT_ELIGIBLE, eligible)
                .putValue(INPUT_HEAD_VOTE, headVote);
    }

    private String outcome(VariableMap tally) {
        return engine.getDecisionService().evaluateDecisionTableByKey(KEY, tally).getSingleEntry();
    }

    private List<String> rulesThatMatched() {
        return engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(KEY)
                .includeOutputs()
                .singleResult()
                .getOutputs().stream()
                .map(HistoricDecisionOutputInstance::getRuleId)
                .toList();
    }
}
