package vn.hcmc.initiatives.reward;

/** Keys and names of process {@code initiative-reward}. */
public final class InitiativeRewardProcess {

    public static final String KEY = "initiative-reward";

    private InitiativeRewardProcess() {
    }
}
