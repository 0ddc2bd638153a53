package vn.hcmc.initiatives.protection;

/**
 * The decision table {@code processes/protection-outcome.dmn}: its key, the findings it reads and the
 * outcomes it returns (D73 art. 6, 11; KL14; P3815). A finding left empty counts as "no".
 */
public final class ProtectionOutcomeDecision {

    public static final String KEY = "protection-outcome";

    /** Empty when the review follows a risk report during implementation. */
    public static final String INPUT_EVALUATION_RESULT = "evaluationResult";
    public static final String INPUT_SELF_INTEREST = "selfInterest";
    public static final String INPUT_SHIRKED_RESPONSIBILITY = "shirkedResponsibility";
    public static final String INPUT_IGNORED_SUSPEND_OR_STOP = "ignoredSuspendOrStop";
    public static final String INPUT_FOLLOWED_POLICY = "followedPolicy";
    public static final String INPUT_PURE_MOTIVE = "pureMotive";
    public static final String INPUT_COMMON_GOOD = "commonGood";
    public static final String INPUT_DAMAGE_OCCURRED = "damageOccurred";

    public static final String RESULT_COMPLETED = "COMPLETED";
    public static final String RESULT_PARTLY_COMPLETED = "PARTLY_COMPLETED";
    public static final String RESULT_NOT_COMPLETED = "NOT_COMPLETED";

    public static final String OUTPUT_PROTECTION_OUTCOME = "protectionOutcome";
    public static final String NO_LIABILITY = "NO_LIABILITY";
    public static final String LIABILITY_EXCLUDED = "LIABILITY_EXCLUDED";
    public static final String EXEMPTION_OR_MITIGATION = "EXEMPTION_OR_MITIGATION";
    public static final String NOT_PROTECTED = "NOT_PROTECTED";

    private ProtectionOutcomeDecision() {
    }
}
