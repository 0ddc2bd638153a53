package vn.hcmc.initiatives.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hcmc.initiatives.decisionlog.Decision;

/** When the decision log shows a suspend or stop decision ignored (D73 art. 6, 11). */
class SuspendOrStopComplianceTest {

    private static List<Decision> log(String... types) {
        List<Decision> records = new ArrayList<>();
        Instant at = Instant.parse("2026-04-01T02:00:00Z");
        for (String type : types) {
            records.add(new Decision(records.size() + 1, "SK-2026-skhcn-0001", "initiative", "skhcn", at, type,
                    null, "binh", null, null, Map.of()));
            at = at.plusSeconds(86_400);
        }
        return records;
    }

    private static boolean ignored(String... types) {
        return SuspendOrStopCompliance.judge(log(types)).ignored();
    }

    @Test
    void aProgressReviewWhileSuspendedIgnoresTheSuspension() {
        assertThat(ignored("IMPLEMENTATION_STARTED", "SUSPENDED", "PROGRESS_REVIEW")).isTrue();
    }

    @Test
    void aCompletionReportAfterAStopIgnoresTheStop() {
        assertThat(ignored("SUSPENDED", "STOPPED", "COMPLETION_REPORT")).isTrue();
    }

    @Test
    void aResumptionDoesNotLiftAStop() {
        assertThat(ignored("STOPPED", "RESUMED", "PROGRESS_REVIEW")).isTrue();
    }

    @Test
    void workAfterTheResumptionIsAllowed() {
        assertThat(ignored("SUSPENDED", "RESUMED", "PROGRESS_REVIEW", "COMPLETION_REPORT")).isFalse();
    }

    @Test
    void workBeforeTheDecisionIsAllowed() {
        assertThat(ignored("PROGRESS_REVIEW", "COMPLETION_REPORT", "SUSPENDED")).isFalse();
    }

    @Test
    void aRiskReportWhileSuspendedIsNotWorkOnTheInitiative() {
        assertThat(ignored("SUSPENDED", "RISK_REPORTED")).isFalse();
    }

    @Test
    void theEvidenceNamesTheWorkAndTheDecision() {
        assertThat(SuspendOrStopCompliance.judge(log("SUSPENDED", "PROGRESS_REVIEW")).evidence())
                .isEqualTo("PROGRESS_REVIEW ngày 02/04/2026 (binh) sau quyết định SUSPENDED ngày 01/04/2026 (binh)");
        assertThat(SuspendOrStopCompliance.judge(log("SUSPENDED")).evidence()).isNull();
    }
}
