package vn.hcmc.initiatives.campaign;

/** Keys and names of process {@code annual-registration}. */
public final class AnnualRegistrationProcess {

    public static final String KEY = "annual-registration";

    private AnnualRegistrationProcess() {
    }
}
