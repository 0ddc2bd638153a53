package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * An administrator who starts an initiative halfway, moves or restarts one, and asks for something the engine cannot
 * do is told what to ask instead (400 naming the variable or the instructions, 404 for an initiative that is not
 * there), not given a 500; and nothing of the request is written.
 */
@ServiceTest
class HandChangeMistakesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @Test
    void aHalfwayStartWithoutAVariableItsStepNeedsIsA400NamingItAndNothingIsStarted() throws Exception {
        ResponseEntity<String> refused = rest.post("admin", "/engine-rest/process-definition/key/initiative/start", Map.of(
                "businessKey", "HS-GIAY-01",
                "startInstructions", atStep(InitiativeProcess.TASK_GIVE_PARTY_OPINION),
                "variables", Map.of("agencyCode", Map.of("value", "skhcn"), "proposerId", Map.of("value", "an"),
                        "title", Map.of("value", "Hồ sơ giấy"))));

        JsonNode answer = refusal(refused);
        assertThat(answer.get("field").asText()).isEqualTo("receivedAt");
        assertThat(answer.get("message").asText()).startsWith("receivedAt: ").contains("${deadlines.partyOpinion(receivedAt)}");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("HS-GIAY-01").count()).isZero();
    }

    @Test
    void movingAnInitiativeToAStepWhoseVariableItLacksIsA400NamingItAndTheInitiativeStaysWhereItWas() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));

        ResponseEntity<String> refused = rest.post("admin", "/engine-rest/process-instance/" + initiative.getId()
                + "/modification", Map.of("instructions", List.of(
                        Map.of("type", "cancel", "activityId", InitiativeProcess.TASK_GIVE_PARTY_OPINION),
                        Map.of("type", "startBeforeActivity", "activityId", "Task_EvaluateResult"))));

        assertThat(refusal(refused).get("field").asText()).isEqualTo("reportReceivedAt");
        assertThat(runtime.getActiveActivityIds(initiative.getId())).containsExactly(InitiativeProcess.TASK_GIVE_PARTY_OPINION);
    }

    @Test
    void restartingAnInitiativeInsideItsImplementationIsA400NamingTheInstructionsAndNothingIsRestarted() throws Exception {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        runtime.deleteProcessInstance(initiative.getId(), "hủy nhầm");

        ResponseEntity<String> refused = rest.post("admin", "/engine-rest/process-definition/"
                + initiative.getProcessDefinitionId() + "/restart", Map.of("processInstanceIds", List.of(initiative.getId()),
                "instructions", atStep("Task_ReportCompletion")));

        JsonNode answer = refusal(refused);
        assertThat(answer.get("field").asText()).isEqualTo("instructions");
        assertThat(answer.get("message").asText()).contains("restart at an earlier step");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(initiative.getBusinessKey()).count()).isZero();
    }

    @Test
    void movingAnInitiativeThatIsNotThereIsA404() {
        ResponseEntity<String> answer = rest.post("admin", "/engine-rest/process-instance/no-such-initiative/modification",
                Map.of("instructions", atStep(InitiativeProcess.TASK_CAST_VOTE)));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody()).contains("no-such-initiative");
    }

    private static List<Map<String, Object>> atStep(String activityId) {
        return List.of(Map.of("type", "startBeforeActivity", "activityId", activityId));
    }

    private static JsonNode refusal(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return JSON.readTree(response.getBody());
    }
}
