package vn.hcmc.initiatives.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

@ServiceTest
class OperationsMetricsTest {

    @Autowired
    OperationsMetrics metrics;
    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;

    @Test
    void metricsNeedALogin() {
        assertThat(rest.get(null, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theCityWideMetricsAreForCityLevelRolesAndAdministratorsNotForAnAgencysOfficials() {
        for (String official : List.of("an", "binh", "giang", "hai")) {
            assertThat(rest.get(official, "/actuator/prometheus").getStatusCode()).as(official).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String cityWide : List.of("xuan", "thu", "admin")) {
            assertThat(rest.get(cityWide, "/actuator/prometheus").getStatusCode()).as(cityWide).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void aNewRegistrationShowsAsWaitingForThePartyAndAsAnOpenTaskOfItsGroup() {
        OperationsMetrics.Snapshot before = metrics.compute();
        ProcessInstance initiative = scenario.register("hai", Scenario.registration("sxd"));

        long started = System.nanoTime();
        OperationsMetrics.Snapshot after = metrics.compute();
        System.out.printf("operations metrics snapshot computed in %.1f ms%n", (System.nanoTime() - started) / 1e6);

        assertThat(after.byStage().get("party_opinion")).isEqualTo(before.byStage().get("party_opinion") + 1);
        assertThat(after.openTasksByGroup().get("sxd-party"))
                .isEqualTo(before.openTasksByGroup().getOrDefault("sxd-party", 0L) + 1);
        assertThat(initiative.getBusinessKey()).startsWith("SK-");
    }

    @Test
    void anInitiativeCancelledByAnAdministratorCountsAsEndedCancelled() {
        ProcessInstance initiative = scenario.register("hai", Scenario.registration("sxd"));
        OperationsMetrics.Snapshot before = metrics.compute();

        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + initiative.getId(), null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        OperationsMetrics.Snapshot after = metrics.compute();

        assertThat(after.byOutcome().get("CANCELLED")).isEqualTo(before.byOutcome().getOrDefault("CANCELLED", 0L) + 1);
        assertThat(after.byStage().get("party_opinion")).isEqualTo(before.byStage().get("party_opinion") - 1);
    }

    @Test
    void aScrapeReadsTheGaugesOfTheLastSnapshot() {
        scenario.register("hai", Scenario.registration("sxd"));
        metrics.refresh();

        ResponseEntity<String> scrape = rest.get("xuan", "/actuator/prometheus");
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody()).contains("initiatives_running{stage=\"party_opinion\"}", "tasks_open{group=\"sxd-party\"}",
                "tasks_overdue", "jobs_executable", "incidents_open", "initiatives_metrics_refresh_seconds");
    }
}
