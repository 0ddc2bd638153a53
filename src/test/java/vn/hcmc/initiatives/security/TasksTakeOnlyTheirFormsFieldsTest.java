package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * A task takes the fields of its form and nothing else: a voter cannot send the tally with their vote or put it on
 * their task, and a form submission cannot carry another step's answer. Refused with 400 naming the variable, before
 * anything is written.
 */
@ServiceTest
class TasksTakeOnlyTheirFormsFieldsTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DecisionLog decisionLog;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aVoteThatCarriesTheTallyIsRefusedAndNothingIsCounted() throws Exception {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        Task vote = voteOf("cuong", initiative);

        ResponseEntity<String> refused = rest.post("cuong", "/engine-rest/task/" + vote.getId() + "/complete",
                Map.of("variables", Map.of("vote", Map.of("value", "YES"),
                        "yesVotes", Map.of("value", 5, "type", "Integer"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("field").asText()).isEqualTo("yesVotes");
        assertThat(runtime.getVariable(initiative.getId(), InitiativeProcess.YES_VOTES)).isEqualTo(0);
        assertThat(tasks.createTaskQuery().taskId(vote.getId()).singleResult()).isNotNull();
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).extracting(Decision::type).doesNotContain("VOTE");
    }

    @Test
    void aVoterCannotPutTheTallyOnTheirTaskOrRemoveIt() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        String task = "/engine-rest/task/" + voteOf("cuong", initiative).getId();

        assertThat(rest.exchange("cuong", HttpMethod.PUT, task + "/variables/yesVotes",
                Map.of("value", 7, "type", "Integer")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.exchange("cuong", HttpMethod.PUT, task + "/localVariables/headId",
                Map.of("value", "cuong", "type", "String")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.post("cuong", task + "/variables", Map.of("modifications",
                Map.of("noVotes", Map.of("value", -5, "type", "Integer")))).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.exchange("cuong", HttpMethod.DELETE, task + "/variables/noVotes", null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(runtime.getVariables(initiative.getId())).containsEntry(InitiativeProcess.YES_VOTES, 0)
                .containsEntry(InitiativeProcess.NO_VOTES, 0).containsEntry(InitiativeProcess.HEAD_ID, "binh");
    }

    @Test
    void aFormSubmissionWithItsOwnFieldsIsTakenAndOneCarryingAnotherStepsAnswerIsNot() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String task = "/engine-rest/task/" + scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();

        assertThat(rest.post("giang", task + "/submit-form", Map.of("variables", Map.of(
                "partyOpinion", Map.of("value", "AGREE"), "evaluationResult", Map.of("value", "COMPLETED"))))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(runtime.getVariable(initiative.getId(), "evaluationResult")).isNull();

        assertThat(rest.post("giang", task + "/submit-form", Map.of("variables", Map.of(
                "partyOpinion", Map.of("value", "AGREE"), "partyOpinionNote", Map.of("value", "Đồng ý chủ trương"))))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.getVariable(initiative.getId(), "partyOpinion")).isEqualTo("AGREE");
    }

    private Task voteOf(String voter, ProcessInstance initiative) {
        return tasks.createTaskQuery().processInstanceId(initiative.getId())
                .taskDefinitionKey(InitiativeProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    }
}
