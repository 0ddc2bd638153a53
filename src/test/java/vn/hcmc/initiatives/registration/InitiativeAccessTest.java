package vn.hcmc.initiatives.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * Who sees one initiative in the engine (Cockpit, the REST API) and who may act on it: its proposer and its agency's
 * leadership and party committee see it, its head may also deliver the agency's decisions on it (suspend, stop); other
 * agencies do not see it (the engine answers as if it did not exist). The same holds for an initiative an
 * administrator restarted after it was cancelled (one by one or as a batch), or started halfway through (a paper
 * file taken over), which skip the registration.
 */
@ServiceTest
class InitiativeAccessTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private ProcessInstance registered;

    @BeforeEach
    void registerAnInitiative() {
        registered = scenario.register("an", Scenario.registration("skhcn"));
    }

    @Test
    void theProposerAndTheAgencysLeadersAndPartySeeARegisteredInitiativeAndAnotherAgencyDoesNot() {
        assertSeenByItsOwnPeopleOnly(registered.getId());
    }

    @Test
    void anInitiativeRestartedAfterItWasCancelledIsSeenByTheSamePeopleAsBefore() {
        assertSeenByItsOwnPeopleOnly(cancelledAndRestartedAtPartyOpinion().getId());
    }

    @Test
    void anInitiativeRestartedByABatchIsSeenByTheSamePeopleAsBefore() throws Exception {
        runtime.deleteProcessInstance(registered.getId(), "hủy nhầm");

        ResponseEntity<String> started = rest.post("admin", "/engine-rest/process-definition/"
                + registered.getProcessDefinitionId() + "/restart-async",
                Map.of("processInstanceIds", List.of(registered.getId()), "instructions", atPartyOpinion()));
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode batch = new ObjectMapper().readTree(started.getBody());
        for (String definition : List.of("seedJobDefinitionId", "batchJobDefinitionId")) {
            management.createJobQuery().jobDefinitionId(batch.get(definition).asText()).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }

        assertSeenByItsOwnPeopleOnly(restarted().getId());
    }

    @Test
    void theHeadMayStillSuspendARestartedInitiativeOnceItIsBeingImplemented() {
        ProcessInstance restarted = cancelledAndRestartedAtPartyOpinion();
        // Camunda cannot restart it inside the implementation (the restart does not find its variables when it sets
        // the subprocess's deadline timers), so the administrator restarts it earlier and then moves it there.
        runtime.createProcessInstanceModification(restarted.getId()).cancelAllForActivity("Task_GivePartyOpinion")
                .startBeforeActivity("Task_ReportCompletion").execute();

        ResponseEntity<String> suspension = rest.post("binh", "/engine-rest/message", Map.of("messageName", "InitiativeSuspended",
                "businessKey", registered.getBusinessKey(),
                "processVariables", Map.of("reason", Map.of("value", "chờ ý kiến Bộ"))));
        assertThat(suspension.getStatusCode()).as(suspension.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void anInitiativeAnAdministratorStartedHalfwayThroughIsSeenByItsAgencyAndItsProposer() {
        String paperFile = registered.getBusinessKey() + "-GIAY";
        assertThat(rest.post("admin", "/engine-rest/process-definition/key/initiative/start", Map.of(
                "businessKey", paperFile,
                "startInstructions", atPartyOpinion(),
                "variables", Map.of("agencyCode", Map.of("value", "skhcn"), "proposerId", Map.of("value", "an"),
                        "title", Map.of("value", "Hồ sơ giấy"),
                        "receivedAt", Map.of("value", "2026-11-02T08:00:00.000+0700", "type", "Date"))))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ProcessInstance halfway = runtime.createProcessInstanceQuery().processInstanceBusinessKey(paperFile).singleResult();
        assertSeenByItsOwnPeopleOnly(halfway.getId());
    }

    /** The registered initiative, cancelled by mistake and restarted by an administrator at the party's opinion. */
    private ProcessInstance cancelledAndRestartedAtPartyOpinion() {
        runtime.deleteProcessInstance(registered.getId(), "hủy nhầm");
        assertThat(rest.post("admin", "/engine-rest/process-definition/" + registered.getProcessDefinitionId() + "/restart",
                Map.of("processInstanceIds", List.of(registered.getId()), "instructions", atPartyOpinion()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        return restarted();
    }

    private ProcessInstance restarted() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(registered.getBusinessKey()).singleResult();
    }

    @Test
    void anInitiativeStartedHalfwayWithoutItsAgencyIsRefusedWith400NamingTheAgencyCodeAndNothingIsStarted() {
        String paperFile = registered.getBusinessKey() + "-KHONG-CQ";
        ResponseEntity<String> refused = rest.post("admin", "/engine-rest/process-definition/key/initiative/start", Map.of(
                "businessKey", paperFile,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ApproveResearchPolicy")),
                "variables", Map.of("title", Map.of("value", "Hồ sơ giấy"))));

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("agencyCode");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(paperFile).count()).isZero();
    }

    private void assertSeenByItsOwnPeopleOnly(String processInstanceId) {
        String path = "/engine-rest/process-instance/" + processInstanceId;
        for (String user : List.of("an", "binh", "cuong", "giang")) {
            assertThat(rest.get(user, path).getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
        for (String otherAgency : List.of("hai", "khoa", "mai")) {
            assertThat(rest.get(otherAgency, path).getStatusCode()).as(otherAgency).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private static List<Map<String, Object>> atPartyOpinion() {
        return List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_GivePartyOpinion"));
    }
}
