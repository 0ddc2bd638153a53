package vn.hcmc.initiatives.registration;

/** Keys, element ids, variable and message names of process {@code initiative}. */
public final class InitiativeProcess {

    public static final String KEY = "initiative";
    /** Lets an agency head suspend, resume or stop an initiative from Tasklist. */
    public static final String CONTROL_KEY = "initiative-control";
    /** Lets an agency head report a risk or damage from Tasklist. */
    public static final String RISK_REPORT_KEY = "risk-report";

    private InitiativeProcess() {
    }
}
