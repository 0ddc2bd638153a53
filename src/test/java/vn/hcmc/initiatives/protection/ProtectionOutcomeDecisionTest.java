package vn.hcmc.initiatives.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.EXEMPTION_OR_MITIGATION;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_COMMON_GOOD;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_DAMAGE_OCCURRED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_EVALUATION_RESULT;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_FOLLOWED_POLICY;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_IGNORED_SUSPEND_OR_STOP;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_PURE_MOTIVE;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_SELF_INTEREST;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.INPUT_SHIRKED_RESPONSIBILITY;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.KEY;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.LIABILITY_EXCLUDED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.NOT_PROTECTED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.NO_LIABILITY;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.RESULT_COMPLETED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.RESULT_NOT_COMPLETED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.RESULT_PARTLY_COMPLETED;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.hcmc.initiatives.support.DecisionTableEngine;

/**
 * One test per rule row of {@code protection-outcome.dmn} (D73 art. 6, 11; KL14; P3815), then how
 * missing findings and a review without an evaluation are treated.
 */
@Deployment(resources = "processes/protection-outcome.dmn")
class ProtectionOutcomeDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = DecisionTableEngine.extension();

    ProcessEngine engine;

    @Test
    void selfInterestIsNeverProtectedEvenWhenCompleted() {
        VariableMap findings = goodFaith(RESULT_COMPLETED, false).putValue(INPUT_SELF_INTEREST, true);

        assertThat(outcome(findings)).isEqualTo(NOT_PROTECTED);
        assertThat(rulesThatMatched()).containsExactly("Rule_SelfInterestNotProtected");
    }

    @Test
    void shirkingOrCoveringUpIsNeverProtectedEvenWhenCompleted() {
        VariableMap findings = goodFaith(RESULT_COMPLETED, false).putValue(INPUT_SHIRKED_RESPONSIBILITY, true);

        assertThat(outcome(findings)).isEqualTo(NOT_PROTECTED);
        assertThat(rulesThatMatched()).containsExactly("Rule_ShirkedResponsibilityNotProtected");
    }

    @Test
    void ignoringASuspendOrStopDecisionIsNeverProtected() {
        VariableMap findings = goodFaith(RESULT_PARTLY_COMPLETED, false).putValue(INPUT_IGNORED_SUSPEND_OR_STOP, true);

        assertThat(outcome(findings)).isEqualTo(NOT_PROTECTED);
        assertThat(rulesThatMatched()).containsExactly("Rule_IgnoredSuspendOrStopNotProtected");
    }

    @Test
    void completedResultCarriesNoLiability() {
        VariableMap findings = Variables.createVariables().putValue(INPUT_EVALUATION_RESULT, RESULT_COMPLETED);

        assertThat(outcome(findings)).isEqualTo(NO_LIABILITY);
        assertThat(rulesThatMatched()).containsExactly("Rule_CompletedNoLiability");
    }

    @Test
    void goodFaithWithoutDamageExcludesLiability() {
        assertThat(outcome(goodFaith(RESULT_NOT_COMPLETED, false))).isEqualTo(LIABILITY_EXCLUDED);
        assertThat(rulesThatMatched()).containsExactly("Rule_GoodFaithWithoutDamageExcluded");
    }

    @Test
    void goodFaithWithDamageGoesToExemptionOrMitigation() {
        assertThat(outcome(goodFaith(RESULT_PARTLY_COMPLETED, true))).isEqualTo(EXEMPTION_OR_MITIGATION);
        assertThat(rulesThatMatched()).containsExactly("Rule_GoodFaithWithDamageExemptionOrMitigation");
    }

    @Test
    void withoutGoodFaithThereIsNoProtection() {
        VariableMap findings = goodFaith(RESULT_PARTLY_COMPLETED, false).putValue(INPUT_PURE_MOTIVE, false);

        assertThat(outcome(findings)).isEqualTo(NOT_PROTECTED);
        assertThat(rulesThatMatched()).containsExactly("Rule_WithoutGoodFaithNotProtected");
    }

    @Test
    void riskReportWithoutEvaluationIsJudgedOnGoodFaithAndDamage() {
        assertThat(outcome(goodFaith(null, true))).isEqualTo(EXEMPTION_OR_MITIGATION);
        assertThat(outcome(goodFaith(null, false))).isEqualTo(LIABILITY_EXCLUDED);
    }

    @Test
    void findingsTheReviewDidNotRecordCountAsNo() {
        // Only what Task_AnalyseCauses records: no finding on shirking or on ignoring a stop decision.
        VariableMap findings = Variables.createVariables()
                .putValue(INPUT_EVALUATION_RESULT, RESULT_NOT_COMPLETED)
                .putValue(INPUT_FOLLOWED_POLICY, true)
                .putValue(INPUT_PURE_MOTIVE, true)
                .putValue(INPUT_COMMON_GOOD, true)
                .putValue(INPUT_SELF_INTEREST, null);

        assertThat(outcome(findings)).isEqualTo(LIABILITY_EXCLUDED);
    }

    @Test
    void missingGoodFaithFindingIsNotProtected() {
        VariableMap findings = goodFaith(RESULT_NOT_COMPLETED, false).putValue(INPUT_COMMON_GOOD, null);

        assertThat(outcome(findings)).isEqualTo(NOT_PROTECTED);
    }

    @Test
    void abuseOutweighsGoodFaithWithoutAnEvaluation() {
        VariableMap findings = goodFaith(null, false).putValue(INPUT_SELF_INTEREST, true);

        assertThat(outcome(findings)).isEqualTo(NOT_PROTECTED);
    }

    /** An official who followed the policy, with pure motives, for the common good, and did nothing abusive. */
    private static VariableMap goodFaith(String evaluationResult, boolean damageOccurred) {
        return Variables.createVariables()
                .putValue(INPUT_EVALUATION_RESULT, evaluationResult)
                .putValue(INPUT_SELF_INTEREST, false)
                .putValue(INPUT_SHIRKED_RESPONSIBILITY, false)
                .putValue(INPUT_IGNORED_SUSPEND_OR_STOP, false)
                .putValue(INPUT_FOLLOWED_POLICY, true)
                .putValue(INPUT_PURE_MOTIVE, true)
                .putValue(INPUT_COMMON_GOOD, true)
                .putValue(INPUT_DAMAGE_OCCURRED, damageOccurred);
    }

    private String outcome(VariableMap findings) {
        return engine.getDecisionService().evaluateDecisionTableByKey(KEY, findings).getSingleEntry();
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
