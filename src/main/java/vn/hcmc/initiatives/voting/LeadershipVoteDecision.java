package vn.hcmc.initiatives.voting;

/**
 * The decision table {@code processes/leadership-vote.dmn}: its key, the variables it reads and the
 * outcomes it returns (D73 art. 8).
 */
public final class LeadershipVoteDecision {

    public static final String KEY = "leadership-vote";

    public static final String INPUT_YES = "yes";
    /** Kept with the tally for the record; the outcome counts votes in favour against the eligible voters. */
    public static final String INPUT_NO = "no";
    public static final String INPUT_ELIGIBLE = "eligible";
    /** Empty when the head did not vote, e.g. when the superior decides instead (D73 art. 7). */
    public static final String INPUT_HEAD_VOTE = "headVote";

    public static final String VOTE_YES = "YES";
    public static final String VOTE_NO = "NO";

    public static final String OUTPUT_VOTE_OUTCOME = "voteOutcome";
    public static final String PASSED = "PASSED";
    public static final String FAILED = "FAILED";

    private LeadershipVoteDecision() {
    }
}
