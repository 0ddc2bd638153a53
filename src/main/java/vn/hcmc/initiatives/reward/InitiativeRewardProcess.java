package vn.hcmc.initiatives.reward;

/**
 * Keys, element ids and variable names of process {@code initiative-reward} (D73 art. 10; LTĐKT). It runs
 * under the initiative's business key, so its decisions join the initiative's log.
 */
public final class InitiativeRewardProcess {

    public static final String KEY = "initiative-reward";

    // element ids
    public static final String START_EVENT = "StartEvent_RewardRequested";
    public static final String RECOMMEND_REWARD_FORMS = "BusinessRuleTask_RecommendRewardForms";
    public static final String TASK_PROPOSE_REWARD = "Task_ProposeReward";
    public static final String TASK_REVIEW_REWARD = "Task_ReviewReward";
    public static final String GATEWAY_REWARD_DECISION = "Gateway_RewardDecision";
    public static final String TASK_RECORD_PERSONNEL_FOLLOW_UP = "Task_RecordPersonnelFollowUp";
    public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";
    public static final String REWARD_REVIEW_DEADLINE = "BoundaryEvent_RewardReviewDeadlinePassed";
    public static final String END_REWARDED = "EndEvent_InitiativeRewarded";
    public static final String END_REWARD_REJECTED = "EndEvent_RewardRejected";
    public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";

    // what the caller passes (the initiative's call activity)
    public static final String INITIATIVE_KEY = "initiativeKey";
    public static final String AGENCY_CODE = "agencyCode";
    public static final String AGENCY_NAME = "agencyName";
    public static final String TITLE = "title";
    public static final String EVALUATION_RESULT = RewardRecommendationDecision.INPUT_EVALUATION_RESULT;
    public static final String IMPACT_SCOPE = RewardRecommendationDecision.INPUT_IMPACT_SCOPE;
    public static final String REPLICABLE = RewardRecommendationDecision.INPUT_REPLICABLE;
    public static final String PROPOSER_ID = "proposerId";
    public static final String IMPLEMENTERS = "implementers";

    // variables the process sets
    /** The table's recommendation, a JSON list of reward form codes. */
    public static final String RECOMMENDED_REWARD_FORMS = "recommendedRewardForms";
    public static final String REWARD_PROPOSED_AT = "rewardProposedAt";
    /**
     * The head's proposal as made, which the board's form shows and its check compares with: one JSON object
     * holding {@link #PROPOSED_BY}, {@link #REWARD_FORMS} (codes), {@link #EARLY_SALARY_MONTHS} (0 when that
     * form is not proposed) and {@link #BENEFICIARIES}. The board's own fields start from the same values and
     * may be adjusted; this stays as the head made it.
     */
    public static final String REWARD_PROPOSAL = "rewardProposal";
    public static final String PROPOSED_BY = "proposedBy";

    // Task_ProposeReward (and Task_ReviewReward when it adjusts the proposal)
    public static final String REWARD_FORMS = "rewardForms";
    public static final String EARLY_SALARY_MONTHS = "earlySalaryMonths";
    public static final String BENEFICIARIES = "beneficiaries";
    public static final int MAX_EARLY_SALARY_MONTHS = 12;

    // Task_ReviewReward
    public static final String REWARD_DECISION = "rewardDecision";
    public static final String REWARD_DECISION_NO = "rewardDecisionNo";
    public static final String REASON = "reason";
    public static final String APPROVED = "APPROVED";
    public static final String ADJUSTED = "ADJUSTED";
    public static final String REJECTED = "REJECTED";

    // Task_RecordPersonnelFollowUp
    public static final String PERSONNEL_NOTES = "personnelNotes";

    // decision log record types
    public static final String REWARD_RECOMMENDATION_RECORD = "REWARD_RECOMMENDATION";
    public static final String REWARD_PROPOSAL_RECORD = "REWARD_PROPOSAL";
    /** The board's decision; an APPROVED or ADJUSTED one counts the initiative as rewarded. */
    public static final String REWARD_DECISION_RECORD = "REWARD_DECISION";
    public static final String PERSONNEL_FOLLOW_UP_RECORD = "PERSONNEL_FOLLOW_UP";
    /** How the reward process ended ({@code outcomes.record(execution, 'REWARD_OUTCOME', ...)}). */
    public static final String REWARD_OUTCOME_RECORD = "REWARD_OUTCOME";
    public static final String REWARDED = "REWARDED";
    public static final String REWARD_REJECTED = "REWARD_REJECTED";

    private InitiativeRewardProcess() {
    }
}
