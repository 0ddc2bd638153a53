package vn.hcmc.initiatives.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.campaign.AnnualRegistrationProcess;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The head of an agency may act on its initiatives through the procedure (messages, tasks), but cannot change a
 * running initiative by hand: move it past its vote, signal it past the party's opinion or end it with a BPMN error
 * from a task, trigger a decision's subscription with variables of its choice, set its tally, suspend it in the
 * engine, move, fire or disable a deadline. Nor can anyone who may start a process start it halfway through, or
 * restart one that ended at a step of their choice. Only an administrator can, and that is recorded on the
 * initiative's log (ManualInterventionsAreRecordedTest).
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
    HistoryService history;
    @Autowired
    DecisionLog decisionLog;

    private ProcessInstance initiative;
    private String path;

    @BeforeEach
    void anInitiativeWaitsForItsVote() {
        initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        path = "/engine-rest/process-instance/" + initiative.getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
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
    void theHeadCannotRaiseOrResolveAnIncidentOnTheInitiativeButAnAdministratorMay() {
        Map<String, Object> incident = Map.of("incidentType", "manual", "message", "Tạm dừng do thiếu kinh phí");
        String vote = "/engine-rest/execution/" + tasks.createTaskQuery().processInstanceId(initiative.getId()).list()
                .get(0).getExecutionId() + "/create-incident";

        ResponseEntity<String> byTheHead = rest.post("binh", vote, incident);
        assertThat(byTheHead.getStatusCode()).as(byTheHead.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.createIncidentQuery().processInstanceId(initiative.getId()).count()).isZero();

        assertThat(rest.post("admin", vote, incident).getStatusCode()).isEqualTo(HttpStatus.OK);
        String raised = runtime.createIncidentQuery().processInstanceId(initiative.getId()).singleResult().getId();
        assertThat(rest.exchange("binh", HttpMethod.PUT, "/engine-rest/incident/" + raised + "/annotation",
                Map.of("annotation", "đã xử lý")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("binh", HttpMethod.DELETE, "/engine-rest/incident/" + raised, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.createIncidentQuery().incidentId(raised).count()).isEqualTo(1);

        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/incident/" + raised, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theHeadCannotSignalTheInitiativePastThePartysOpinion() {
        ProcessInstance awaitingTheParty = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(awaitingTheParty, InitiativeProcess.TASK_GIVE_PARTY_OPINION);

        assertThat(rest.post("binh", "/engine-rest/execution/" + opinion.getExecutionId() + "/signal", Map.of(
                "variables", Map.of("partyOpinion", Map.of("value", "AGREE")))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(tasks.createTaskQuery().taskId(opinion.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(awaitingTheParty.getId(), "partyOpinion")).isNull();
    }

    @Test
    void aPartyMemberCannotEndTheInitiativeWithABpmnErrorFromItsTask() {
        ProcessInstance awaitingTheParty = scenario.register("an", Scenario.registration("skhcn"));
        String task = "/engine-rest/task/" + scenario.task(awaitingTheParty, InitiativeProcess.TASK_GIVE_PARTY_OPINION).getId();

        assertThat(rest.post("giang", task + "/bpmnError", Map.of("errorCode", "HUY")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.post("giang", task + "/bpmnEscalation", Map.of("escalationCode", "HUY")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(awaitingTheParty.getId())
                .activityIdIn(InitiativeProcess.TASK_GIVE_PARTY_OPINION).count()).isEqualTo(1);
    }

    @Test
    void theHeadCannotTriggerTheStopDecisionsSubscriptionDirectly() {
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        scenario.complete("son", initiative, InitiativeProcess.TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));
        EventSubscription stop = runtime.createEventSubscriptionQuery().processInstanceId(initiative.getId())
                .eventName("InitiativeStopped").singleResult();

        assertThat(rest.post("binh", "/engine-rest/execution/" + stop.getExecutionId()
                + "/messageSubscriptions/InitiativeStopped/trigger", Map.of("variables", Map.of(
                "reason", Map.of("value", "Không hiệu quả"), "implementerId", Map.of("value", "binh"))))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(initiative.getId())
                .eventName("InitiativeStopped").count()).isEqualTo(1);
        assertThat(runtime.getVariable(initiative.getId(), "implementerId")).isNotEqualTo("binh");
    }

    @Test
    void theHeadCannotFireTheVoteDeadlineEarlyNorDisableIt() {
        Job deadline = management.createJobQuery().processInstanceId(initiative.getId()).timers().list().get(0);
        String job = "/engine-rest/job/" + deadline.getId();

        assertThat(rest.post("binh", job + "/execute", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("binh", HttpMethod.PUT, job + "/retries", Map.of("retries", 0)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("binh", HttpMethod.PUT, job + "/suspended", Map.of("suspended", true)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.exchange("binh", HttpMethod.DELETE, job, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Job still = management.createJobQuery().jobId(deadline.getId()).singleResult();
        assertThat(still).extracting(Job::getRetries, Job::isSuspended).containsExactly(deadline.getRetries(), false);
        assertThat(tasks.createTaskQuery().processInstanceId(initiative.getId())
                .taskDefinitionKey(InitiativeProcess.TASK_CAST_VOTE).count()).isEqualTo(3);
    }

    @Test
    void aProposerCannotStartAnInitiativeAtItsReward() {
        ResponseEntity<String> answer = rest.post("an", "/engine-rest/process-definition/key/initiative/start", Map.of(
                "businessKey", "SK-BO-QUA-BIEU-QUYET",
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "CallActivity_RewardInitiative")),
                "variables", Map.of("agencyCode", Map.of("value", "skhcn"), "evaluationResult", Map.of("value", "COMPLETED"))));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("SK-BO-QUA-BIEU-QUYET").count())
                .isZero();
    }

    @Test
    void homeAffairsCannotRestartAnEndedCampaignAtAStepOfItsChoice() {
        scenario.clockAt(LocalDateTime.of(2051, 1, 10, 9, 0));
        ProcessInstance campaign = scenario.as("thu", () -> runtime.startProcessInstanceByKey(AnnualRegistrationProcess.KEY,
                Map.of(AnnualRegistrationProcess.YEAR, 2051, AnnualRegistrationProcess.REGISTRATION_DEADLINE, "2051-03-31")));
        runtime.deleteProcessInstance(campaign.getId(), "mở nhầm");
        String restart = "/engine-rest/process-definition/" + campaign.getProcessDefinitionId() + "/restart";
        Map<String, Object> toItsReport = Map.of("processInstanceIds", List.of(campaign.getId()), "instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", AnnualRegistrationProcess.TASK_REVIEW_CAMPAIGN_REPORT)));

        assertThat(rest.post("thu", restart, toItsReport).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.post("thu", restart + "-async", toItsReport).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(campaign.getBusinessKey())
                .list()).extracting(HistoricProcessInstance::getRestartedProcessInstanceId).doesNotContain(campaign.getId());
        assertThat(management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_RESTART).list())
                .extracting(Batch::getCreateUserId).doesNotContain("thu");
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
