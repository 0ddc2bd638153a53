package vn.hcmc.initiatives.voting;

/** The running tally as the vote forms show it. */
final class VoteSummary {

    private VoteSummary() {
    }

    static String of(int yes, int no, int eligible) {
        return "Đồng ý: " + yes + " · Không đồng ý: " + no + " · Chưa biểu quyết: " + (eligible - yes - no)
                + " (tổng " + eligible + " người)";
    }
}
