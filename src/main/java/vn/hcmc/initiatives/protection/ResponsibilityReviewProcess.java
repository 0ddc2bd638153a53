package vn.hcmc.initiatives.protection;

/** Keys and names of process {@code responsibility-review}. */
public final class ResponsibilityReviewProcess {

    public static final String KEY = "responsibility-review";

    private ResponsibilityReviewProcess() {
    }
}
