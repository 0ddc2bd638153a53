package vn.hcmc.initiatives.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.AGENCY_CERTIFICATE;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.CITY_CERTIFICATE;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.EARLY_SALARY_STEP;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.HIGHER_LEVEL_PROPOSAL;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.INPUT_EVALUATION_RESULT;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.INPUT_IMPACT_SCOPE;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.INPUT_REPLICABLE;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.KEY;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.OUTPUT_REWARD_FORM;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.PERSONNEL_CONSIDERATION;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.PUBLIC_COMMENDATION;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.RANK_PROMOTION;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.RESULT_COMPLETED;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.RESULT_NOT_COMPLETED;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.RESULT_PARTLY_COMPLETED;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.SCOPE_AGENCY;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.SCOPE_CITY;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.SCOPE_NATIONAL;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hcmc.initiatives.support.DecisionTableEngine;

/**
 * One test per rule row of {@code reward-recommendation.dmn} (D73 art. 10; LTĐKT), then the whole
 * recommendation for each scope. The thresholds are a policy setting: change these tests with the table.
 */
@Deployment(resources = "processes/reward-recommendation.dmn")
class RewardRecommendationDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engineExtension = DecisionTableEngine.extension();

    ProcessEngine engine;

    @Test
    void everyCompletedInitiativeIsCommendedPublicly() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_AGENCY, false)).contains(PUBLIC_COMMENDATION);
        assertThat(rulesThatMatched()).contains("Rule_PublicCommendation");
    }

    @Test
    void everyCompletedInitiativeCountsInPersonnelDecisions() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_AGENCY, false)).contains(PERSONNEL_CONSIDERATION);
        assertThat(rulesThatMatched()).contains("Rule_PersonnelConsideration");
    }

    @Test
    void agencyWideImpactEarnsTheAgencyHeadsCertificate() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_AGENCY, false)).contains(AGENCY_CERTIFICATE);
        assertThat(rulesThatMatched()).contains("Rule_AgencyCertificate");
    }

    @Test
    void cityWideOrWiderImpactEarnsTheCityChairmansCertificate() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_CITY, false))
                .contains(CITY_CERTIFICATE)
                .doesNotContain(AGENCY_CERTIFICATE);
        assertThat(rulesThatMatched()).contains("Rule_CityCertificate");
    }

    @Test
    void cityWideOrWiderImpactEarnsAnEarlySalaryStep() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_CITY, false)).contains(EARLY_SALARY_STEP);
        assertThat(rulesThatMatched()).contains("Rule_EarlySalaryStep");
    }

    @Test
    void nationalImpactIsProposedForAHigherLevelReward() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_NATIONAL, false)).contains(HIGHER_LEVEL_PROPOSAL);
        assertThat(rulesThatMatched()).contains("Rule_HigherLevelProposalNational");
    }

    @Test
    void replicableCityWideInitiativeIsProposedForAHigherLevelReward() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_CITY, true)).contains(HIGHER_LEVEL_PROPOSAL);
        assertThat(rulesThatMatched()).contains("Rule_HigherLevelProposalReplicableCity");
    }

    @Test
    void nationalImpactEarnsARankPromotion() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_NATIONAL, false)).contains(RANK_PROMOTION);
        assertThat(rulesThatMatched()).contains("Rule_RankPromotion");
    }

    @Test
    void agencyWideImpactGetsCommendationCertificateAndPersonnelConsideration() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_AGENCY, true))
                .containsExactly(PUBLIC_COMMENDATION, PERSONNEL_CONSIDERATION, AGENCY_CERTIFICATE);
    }

    @Test
    void cityWideImpactThatCannotBeReplicatedStaysAtCityLevel() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_CITY, false))
                .containsExactly(PUBLIC_COMMENDATION, PERSONNEL_CONSIDERATION, CITY_CERTIFICATE, EARLY_SALARY_STEP);
    }

    @Test
    void nationalImpactGetsEveryFormButTheAgencyCertificate() {
        assertThat(forms(RESULT_COMPLETED, SCOPE_NATIONAL, true))
                .containsExactly(PUBLIC_COMMENDATION, PERSONNEL_CONSIDERATION, CITY_CERTIFICATE, EARLY_SALARY_STEP,
                        HIGHER_LEVEL_PROPOSAL, RANK_PROMOTION);
    }

    @Test
    void completedWithoutAKnownScopeGetsOnlyTheFormsEveryCompletedInitiativeGets() {
        assertThat(forms(RESULT_COMPLETED, null, null)).containsExactly(PUBLIC_COMMENDATION, PERSONNEL_CONSIDERATION);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {RESULT_PARTLY_COMPLETED, RESULT_NOT_COMPLETED})
    void onlyACompletedInitiativeIsRecommendedForAReward(String evaluationResult) {
        assertThat(forms(evaluationResult, SCOPE_NATIONAL, true)).isEmpty();
    }

    @Test
    void noFormIsRecommendedTwice() {
        for (String scope : Arrays.asList(SCOPE_AGENCY, SCOPE_CITY, SCOPE_NATIONAL, null)) {
            for (Boolean replicable : Arrays.asList(true, false, null)) {
                assertThat(forms(RESULT_COMPLETED, scope, replicable)).as("scope=%s replicable=%s", scope, replicable)
                        .doesNotHaveDuplicates();
            }
        }
    }

    private List<String> forms(String evaluationResult, String impactScope, Boolean replicable) {
        return engine.getDecisionService()
                .evaluateDecisionTableByKey(KEY, Variables.createVariables()
                        .putValue(INPUT_EVALUATION_RESULT, evaluationResult)
                        .putValue(INPUT_IMPACT_SCOPE, impactScope)
                        .putValue(INPUT_REPLICABLE, replicable))
                .collectEntries(OUTPUT_REWARD_FORM);
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
