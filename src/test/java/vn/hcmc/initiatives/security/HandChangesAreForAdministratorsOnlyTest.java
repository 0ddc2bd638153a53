package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The head of an agency may act on its initiatives through the procedure (messages, tasks), but cannot change a
 * running initiative by hand: move it past its vote, set its tally, suspend it in the engine, move a deadline. Only an
 * administrator can, and that is recorded on the initiative's log (ManualInterventionsAreRecordedTest).
 */
@ServiceTest
class HandChangesAreForAdministratorsOnlyTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    DecisionLog decisionLog;

    private ProcessInstance initiative;
    private String path;

    @BeforeEach
    void anInitiativeWaitsForItsVote() {
        initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        path = "/engine-rest/process-instance/" + initiative.getId();
    }

    @Test
    void theHeadCannotMoveTheInitiativePastItsVote() {
        assertThat(rest.post("binh", path + "/modification", Map.of("skipCustomListeners", true, "instructions", List.of(
                Map.of("type", "cancel", "activityId", InitiativeProcess.TASK_CAST_VOTE),
                Map.of("type", "startBeforeActivity", "activityId", "Task_ApproveResearchPolicy")))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(tasks.createTaskQuery().processInstanceId(initiative.getId())
                .taskDefinitionKey(InitiativeProcess.TASK_CAST_VOTE).count()).isEqualTo(3);
    }

    @Test
    void theHeadCannotSetOrRemoveTheInitiativesVariables() {
        assertThat(rest.post("binh", path + "/variables", Map.of("modifications",
                Map.of("yesVotes", Map.of("value", 9, "type", "Integer")))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("binh", HttpMethod.PUT, path + "/variables/yesVotes",
                Map.of("value", 9, "type", "Integer")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("binh", HttpMethod.DELETE, path + "/variables/noVotes", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(runtime.getVariables(initiative.getId())).containsEntry(InitiativeProcess.YES_VOTES, 0)
                .containsEntry(InitiativeProcess.NO_VOTES, 0);
    }

    @Test
    void theHeadCannotSuspendTheInstanceOrMoveItsDeadline() {
        Job deadline = management.createJobQuery().processInstanceId(initiative.getId()).timers().list().get(0);

        assertThat(rest.exchange("binh", HttpMethod.PUT, path + "/suspended", Map.of("suspended", true)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("binh", HttpMethod.PUT, "/engine-rest/job/" + deadline.getId() + "/duedate",
                Map.of("duedate", "2030-01-02T08:00:00.000+0700")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(initiative.getId()).singleResult().isSuspended())
                .isFalse();
        assertThat(management.createJobQuery().jobId(deadline.getId()).singleResult().getDuedate())
                .isEqualTo(deadline.getDuedate());
    }

    @Test
    void anAdministratorStillCanAndIsRecorded() {
        assertThat(rest.exchange("admin", HttpMethod.PUT, path + "/variables/title",
                Map.of("value", "Sửa tên theo đề nghị", "type", "String")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.getVariable(initiative.getId(), "title")).isEqualTo("Sửa tên theo đề nghị");
        List<Decision> log = decisionLog.forInitiative(initiative.getBusinessKey());
        assertThat(log.get(log.size() - 1)).extracting(Decision::type, Decision::actor)
                .containsExactly("MANUAL_CHANGE", "admin");
    }
}
