package vn.hcmc.initiatives.reward;

/**
 * The decision table {@code processes/reward-recommendation.dmn}: its key, the variables it reads and
 * the reward forms it recommends (D73 art. 10; LTĐKT). Hit policy COLLECT: the result is a list.
 */
public final class RewardRecommendationDecision {

    public static final String KEY = "reward-recommendation";

    public static final String INPUT_EVALUATION_RESULT = "evaluationResult";
    public static final String INPUT_IMPACT_SCOPE = "impactScope";
    public static final String INPUT_REPLICABLE = "replicable";

    public static final String RESULT_COMPLETED = "COMPLETED";
    public static final String RESULT_PARTLY_COMPLETED = "PARTLY_COMPLETED";
    public static final String RESULT_NOT_COMPLETED = "NOT_COMPLETED";

    public static final String SCOPE_AGENCY = "AGENCY";
    public static final String SCOPE_CITY = "CITY";
    public static final String SCOPE_NATIONAL = "NATIONAL";

    public static final String OUTPUT_REWARD_FORM = "rewardForm";
    /** Biểu dương. */
    public static final String PUBLIC_COMMENDATION = "PUBLIC_COMMENDATION";
    /** Giấy khen of the agency head. */
    public static final String AGENCY_CERTIFICATE = "AGENCY_CERTIFICATE";
    /** Bằng khen of the city chairman. */
    public static final String CITY_CERTIFICATE = "CITY_CERTIFICATE";
    public static final String HIGHER_LEVEL_PROPOSAL = "HIGHER_LEVEL_PROPOSAL";
    /** Consideration in grading, leadership planning, appointment and rotation. */
    public static final String PERSONNEL_CONSIDERATION = "PERSONNEL_CONSIDERATION";
    public static final String RANK_PROMOTION = "RANK_PROMOTION";
    /** Salary step up to 12 months early. */
    public static final String EARLY_SALARY_STEP = "EARLY_SALARY_STEP";

    private RewardRecommendationDecision() {
    }
}
