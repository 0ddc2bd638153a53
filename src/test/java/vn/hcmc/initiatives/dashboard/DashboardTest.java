package vn.hcmc.initiatives.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import vn.hcmc.initiatives.campaign.AnnualRegistrationProcess;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

@ServiceTest
class DashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Rest rest;
    @Autowired
    Scenario scenario;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private JsonNode dashboard(String user, int year) throws Exception {
        var response = rest.get(user, "/api/dashboard?year=" + year);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(response.getBody());
    }

    @Test
    void theDashboardShowsEachAgencysInitiativesByStageAndTheOverdueOnes() throws Exception {
        scenario.clockAt(LocalDateTime.of(2032, 3, 2, 9, 0));
        JsonNode before = dashboard("xuan", 2032);
        ProcessInstance initiative = scenario.register("hai", Scenario.registration("sxd"));
        scenario.clockAt(LocalDateTime.of(2032, 3, 20, 9, 0));

        JsonNode after = dashboard("xuan", 2032);
        JsonNode sxd = find(after.get("agencies"), "code", "sxd");
        assertThat(sxd.path("stages").path("party_opinion").asInt())
                .isEqualTo(find(before.get("agencies"), "code", "sxd").path("stages").path("party_opinion").asInt() + 1);
        JsonNode late = find(after.get("overdue"), "businessKey", initiative.getBusinessKey());
        assertThat(late.get("processInstanceId").asText()).isEqualTo(initiative.getId());
        assertThat(late.get("waitingFor").asText()).isEqualTo("sxd-party");
        assertThat(late.get("daysOverdue").asLong()).isPositive();
        assertThat(late.get("step").asText()).isEqualTo(scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getName());
    }

    @Test
    void itsNumbersAreThoseOfTheCampaignReport() throws Exception {
        scenario.register("nam", Scenario.registration("pbenthanh"));
        int year = vn.hcmc.initiatives.deadline.ServiceClock.today().getYear();
        JsonNode dashboard = dashboard("xuan", year);
        JsonNode report = JSON.readTree(rest.get("thu", "/api/campaigns/" + year + "/report").getBody());

        assertThat(dashboard.get("report").get("totals")).isEqualTo(report.get("totals"));
        assertThat(dashboard.get("report").get("agencies")).isEqualTo(report.get("agencies"));
        assertThat(dashboard.get("outcomes").get("completed")).isEqualTo(report.get("totals").get("completed"));
        assertThat(dashboard.get("outcomes").get("rewarded")).isEqualTo(report.get("totals").get("rewarded"));
    }

    @Test
    void anInitiativeCancelledByAnAdministratorShowsAsCancelledNotAsRunning() throws Exception {
        scenario.clockAt(LocalDateTime.of(2033, 3, 2, 9, 0));
        ProcessInstance initiative = scenario.register("hai", Scenario.registration("sxd"));
        JsonNode before = dashboard("xuan", 2033);

        assertThat(rest.exchange("admin", org.springframework.http.HttpMethod.DELETE, "/engine-rest/process-instance/"
                + initiative.getId(), null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode after = dashboard("xuan", 2033);
        assertThat(after.get("outcomes").get("cancelled").asInt()).isEqualTo(before.get("outcomes").get("cancelled").asInt() + 1);
        assertThat(find(after.get("agencies"), "code", "sxd").path("stages").path("party_opinion").asInt())
                .isEqualTo(find(before.get("agencies"), "code", "sxd").path("stages").path("party_opinion").asInt() - 1);
    }

    @Test
    void theCampaignShowsTheDeadlineItOpenedWithWhileItRunsAfterItEndsAndOnceItsHistoryIsGone() throws Exception {
        scenario.clockAt(LocalDateTime.of(2024, 1, 10, 9, 0));
        ProcessInstance campaign = scenario.as("thu", () -> runtime.startProcessInstanceByKey(AnnualRegistrationProcess.KEY,
                Map.of(AnnualRegistrationProcess.YEAR, 2024, AnnualRegistrationProcess.REGISTRATION_DEADLINE, "2024-03-31")));
        JsonNode running = dashboard("xuan", 2024).get("campaign");
        assertThat(running.get("status").asText()).isEqualTo("RUNNING");
        assertThat(running.get("deadline").asText()).isEqualTo("31/03/2024");
        assertThat(running.get("agenciesAsked").asInt()).isPositive();

        scenario.campaignRunsToItsEnd(campaign, LocalDateTime.of(2024, 4, 1, 0, 30));
        JsonNode ended = dashboard("xuan", 2024).get("campaign");
        assertThat(ended.get("status").asText()).isEqualTo("FINISHED");
        assertThat(ended.get("deadline").asText()).isEqualTo("31/03/2024");

        scenario.clockAt(LocalDateTime.of(2029, 6, 1, 9, 0));
        scenario.runHistoryCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(campaign.getId()).count()).isZero();
        assertThat(dashboard("xuan", 2024).get("campaign")).as("5 years later, from the decision log").isEqualTo(ended);
    }

    @Test
    void onlyCityLevelRolesSeeTheDashboard() {
        assertThat(rest.get("an", "/api/dashboard").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.get(null, "/api/dashboard").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.get("xuan", "/api/dashboard?year=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aManagerLoggedIntoCockpitReadsItWithoutASecondLogin() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        browser.send(HttpRequest.newBuilder(URI.create(rest.url("/camunda/app/cockpit/default/"))).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create(rest.url("/camunda/api/admin/auth/user/default/login/cockpit")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=xuan&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        HttpResponse<String> dashboard = browser.send(HttpRequest.newBuilder(URI.create(rest.url("/api/dashboard")))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
        assertThat(JSON.readTree(dashboard.body()).get("year").asInt()).isPositive();
        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(URI.create(rest.url("/api/agencies")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).as("the session is trusted for reading only").isEqualTo(401);
    }

    @Test
    void thePluginScriptIsServedToCockpit() {
        var config = rest.get(null, "/camunda/app/cockpit/scripts/config.js");
        assertThat(config.getBody()).contains("'sang-kien/dashboard'");
        var plugin = rest.get(null, "/camunda/app/cockpit/sang-kien/dashboard.js");
        assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(plugin.getBody()).contains("pluginPoint: 'cockpit.dashboard'", "/api/dashboard");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

}
