package vn.hcmc.initiatives.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.initiatives.reward.InitiativeRewardProcess.*;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.AGENCY_CERTIFICATE;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.CITY_CERTIFICATE;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.EARLY_SALARY_STEP;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.HIGHER_LEVEL_PROPOSAL;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.PERSONNEL_CONSIDERATION;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.PUBLIC_COMMENDATION;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.RESULT_COMPLETED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The reward of a completed initiative (D73 art. 10; LTĐKT), one test per path. Each test starts it as the
 * initiative's call activity would: under the initiative's business key, with the facts it passes.
 */
@ServiceTest
class InitiativeRewardProcessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Scenario scenario;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    DecisionLog log;
    @Autowired
    Rest rest;
    @Autowired
    RepositoryService repository;

    @BeforeEach
    void engineForAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance called(String impactScope, boolean replicable) {
        String key = String.format("SK-2098-skhcn-%04d", SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 5000));
        Map<String, Object> variables = new HashMap<>();
        variables.put(INITIATIVE_KEY, key);
        variables.put(AGENCY_CODE, "skhcn");
        variables.put(AGENCY_NAME, "Sở Khoa học và Công nghệ");
        variables.put(TITLE, "Thí điểm cấp phép xây dựng trực tuyến");
        variables.put(EVALUATION_RESULT, RESULT_COMPLETED);
        variables.put(IMPACT_SCOPE, impactScope);
        variables.put(REPLICABLE, replicable);
        variables.put(PROPOSER_ID, "an");
        variables.put(IMPLEMENTERS, "Phòng Quản lý hoạt động xây dựng");
        return runtime.startProcessInstanceByKey(KEY, key, variables);
    }

    private static Map<String, Object> proposal(List<String> forms, Integer months) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put(REWARD_FORMS, forms);
        proposal.put(EARLY_SALARY_MONTHS, months);
        proposal.put(BENEFICIARIES, "Nguyễn Văn An, chuyên viên; Phòng Quản lý hoạt động xây dựng");
        return proposal;
    }

    private ProcessInstance proposed(List<String> forms, Integer months) {
        ProcessInstance reward = called("CITY", true);
        scenario.complete("binh", reward, TASK_PROPOSE_REWARD, proposal(forms, months));
        return reward;
    }

    private Decision last(ProcessInstance instance, String type) {
        List<Decision> matching = log.forInitiative(instance.getBusinessKey()).stream()
                .filter(d -> d.type().equals(type)).toList();
        assertThat(matching).as("decisions of type %s", type).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    private Object historic(ProcessInstance instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

    /** The call activity recommended for {@code initiative.bpmn}, in a stand-in caller. */
    private static final String CALLER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_RewardCaller"
                targetNamespace="http://sangkien.hcmc.vn/bpmn/test">
              <bpmn:process id="test-reward-caller" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_Completed" />
                <bpmn:sequenceFlow id="Flow_ToReward" sourceRef="StartEvent_Completed" targetRef="CallActivity_RewardInitiative" />
                <bpmn:callActivity id="CallActivity_RewardInitiative" calledElement="initiative-reward">
                  <bpmn:extensionElements>
                    <camunda:in businessKey="#{execution.processBusinessKey}" />
                    <camunda:in source="initiativeKey" target="initiativeKey" />
                    <camunda:in source="agencyCode" target="agencyCode" />
                    <camunda:in source="agencyName" target="agencyName" />
                    <camunda:in source="title" target="title" />
                    <camunda:in source="evaluationResult" target="evaluationResult" />
                    <camunda:in source="impactScope" target="impactScope" />
                    <camunda:in source="replicable" target="replicable" />
                    <camunda:in source="proposerId" target="proposerId" />
                    <camunda:in source="implementers" target="implementers" />
                    <camunda:out source="rewardDecision" target="rewardDecision" />
                    <camunda:out source="outcome" target="rewardOutcome" />
                  </bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:sequenceFlow id="Flow_Rewarded" sourceRef="CallActivity_RewardInitiative" targetRef="EndEvent_Rewarded" />
                <bpmn:endEvent id="EndEvent_Rewarded" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Test
    void theInitiativesCallActivityPassesItsBusinessKeyAndGetsTheDecisionBack() {
        Deployment caller = repository.createDeployment().name("test-reward-caller")
                .addString("test-reward-caller.bpmn", CALLER.strip()).deploy();
        try {
            String key = String.format("SK-2098-skhcn-%04d", SEQUENCE.incrementAndGet() + 5000);
            Map<String, Object> initiative = new HashMap<>(Map.of(AGENCY_CODE, "skhcn", AGENCY_NAME,
                    "Sở Khoa học và Công nghệ", TITLE, "Thí điểm cấp phép xây dựng trực tuyến", EVALUATION_RESULT,
                    RESULT_COMPLETED, IMPACT_SCOPE, "AGENCY", REPLICABLE, false, PROPOSER_ID, "an",
                    IMPLEMENTERS, "Phòng Quản lý hoạt động xây dựng", INITIATIVE_KEY, key));
            ProcessInstance completed = runtime.startProcessInstanceByKey("test-reward-caller", key, initiative);
            ProcessInstance reward = runtime.createProcessInstanceQuery().superProcessInstanceId(completed.getId())
                    .singleResult();

            assertThat(reward.getBusinessKey()).isEqualTo(key);
            assertThat(reward).isWaitingAt(TASK_PROPOSE_REWARD).task().hasCandidateGroup("skhcn-head");
            scenario.complete("binh", reward, TASK_PROPOSE_REWARD, proposal(List.of(AGENCY_CERTIFICATE), null));
            scenario.complete("uyen", reward, TASK_REVIEW_REWARD,
                    Map.of(REWARD_DECISION, REJECTED, REASON, "Chưa đủ tiêu chuẩn"));

            assertThat(completed).isEnded();
            assertThat(historic(completed, REWARD_DECISION)).isEqualTo(REJECTED);
            assertThat(historic(completed, "rewardOutcome")).isEqualTo(REWARD_REJECTED);
        } finally {
            repository.deleteDeployment(caller.getId(), true);
        }
    }

    @Test
    void theHeadsProposalIsPrefilledWithTheTablesRecommendation() {
        ProcessInstance reward = called("CITY", true);

        assertThat(reward).isWaitingAt(TASK_PROPOSE_REWARD).task().hasCandidateGroup("skhcn-head");
        List<String> expected = List.of(PUBLIC_COMMENDATION, PERSONNEL_CONSIDERATION, CITY_CERTIFICATE,
                EARLY_SALARY_STEP, HIGHER_LEVEL_PROPOSAL);
        assertThat(scenario.variable(reward, RECOMMENDED_REWARD_FORMS)).asList().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(scenario.variable(reward, REWARD_FORMS)).asList().containsExactlyInAnyOrderElementsOf(expected);
        // Tasklist parses a JSON-serialized list into the checklist's ticked values, and for the forms' FEEL,
        // which shows the recommendation's labels.
        ObjectValue stored = runtime.getVariableTyped(reward.getId(), REWARD_FORMS, false);
        assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(stored.getValueSerialized()).startsWith("[").contains("\"" + CITY_CERTIFICATE + "\"");
        ObjectValue recommended = runtime.getVariableTyped(reward.getId(), RECOMMENDED_REWARD_FORMS, false);
        assertThat(recommended.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(last(reward, REWARD_RECOMMENDATION_RECORD).details().get(RECOMMENDED_REWARD_FORMS))
                .asList().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAgencyWideInitiativeIsRecommendedTheAgencyHeadsCertificate() {
        ProcessInstance reward = called("AGENCY", false);

        assertThat(scenario.variable(reward, REWARD_FORMS)).asList()
                .containsExactlyInAnyOrder(PUBLIC_COMMENDATION, PERSONNEL_CONSIDERATION, AGENCY_CERTIFICATE);
    }

    @Test
    void aSalaryStepThirteenMonthsEarlyIsRefused() {
        ProcessInstance reward = called("CITY", true);

        assertThatThrownBy(() -> scenario.complete("binh", reward, TASK_PROPOSE_REWARD,
                proposal(List.of(PUBLIC_COMMENDATION, EARLY_SALARY_STEP), 13)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(EARLY_SALARY_MONTHS).hasMessageContaining("từ 1 đến 12").hasMessageContaining("'13'");
        assertThat(reward).isWaitingAt(TASK_PROPOSE_REWARD);
        assertThat(log.forInitiative(reward.getBusinessKey())).extracting(Decision::type)
                .doesNotContain(REWARD_PROPOSAL_RECORD);
    }

    @Test
    void anEarlySalaryStepNeedsItsMonths() {
        ProcessInstance reward = called("CITY", true);

        assertThatThrownBy(() -> scenario.complete("binh", reward, TASK_PROPOSE_REWARD,
                proposal(List.of(EARLY_SALARY_STEP), null)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(EARLY_SALARY_MONTHS);
    }

    @Test
    void aProposalNeedsAtLeastOneKnownRewardForm() {
        ProcessInstance reward = called("CITY", true);

        assertThatThrownBy(() -> scenario.complete("binh", reward, TASK_PROPOSE_REWARD, proposal(List.of(), null)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(REWARD_FORMS);
        assertThatThrownBy(() -> scenario.complete("binh", reward, TASK_PROPOSE_REWARD,
                proposal(List.of("GOLD_MEDAL"), null)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("GOLD_MEDAL");
    }

    @Test
    void anApprovedRewardGoesToPersonnelFollowUpAndIsRecordedWithItsDecisionNumber() {
        ProcessInstance reward = proposed(List.of(CITY_CERTIFICATE, EARLY_SALARY_STEP), 12);
        assertThat(reward).isWaitingAt(TASK_REVIEW_REWARD).task().hasCandidateGroup("emulation-board");
        Decision proposal = last(reward, REWARD_PROPOSAL_RECORD);
        assertThat(proposal.actor()).isEqualTo("binh");
        assertThat(proposal.details()).containsEntry(EARLY_SALARY_MONTHS, 12);

        scenario.complete("uyen", reward, TASK_REVIEW_REWARD,
                Map.of(REWARD_DECISION, APPROVED, REWARD_DECISION_NO, "30/QĐ-UBND"));
        assertThat(reward).isWaitingAt(TASK_RECORD_PERSONNEL_FOLLOW_UP).task().hasCandidateGroup("home-affairs");
        scenario.complete("thu", reward, TASK_RECORD_PERSONNEL_FOLLOW_UP,
                Map.of(PERSONNEL_NOTES, "Chuyển Phòng Tổ chức cán bộ: nâng lương trước 12 tháng từ 01/2027"));

        assertThat(reward).isEnded().hasPassed(END_REWARDED);
        Decision decision = last(reward, REWARD_DECISION_RECORD);
        assertThat(decision.actor()).isEqualTo("uyen");
        assertThat(decision.outcome()).isEqualTo(APPROVED);
        assertThat(decision.documentNo()).isEqualTo("30/QĐ-UBND");
        assertThat(decision.details()).containsEntry(EARLY_SALARY_MONTHS, 12);
        assertThat(decision.details().get(REWARD_PROPOSAL)).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry(PROPOSED_BY, "binh").containsEntry(EARLY_SALARY_MONTHS, 12);
        assertThat(decision.details().get(REWARD_FORMS)).asList().containsExactly(CITY_CERTIFICATE, EARLY_SALARY_STEP);
        Decision followUp = last(reward, PERSONNEL_FOLLOW_UP_RECORD);
        assertThat(followUp.actor()).isEqualTo("thu");
        assertThat(followUp.reason()).startsWith("Chuyển Phòng Tổ chức cán bộ");
        assertThat(last(reward, REWARD_OUTCOME_RECORD).outcome()).isEqualTo(REWARDED);
    }

    @Test
    void anApprovalNeedsADecisionNumber() {
        ProcessInstance reward = proposed(List.of(CITY_CERTIFICATE), null);

        assertThatThrownBy(() -> scenario.complete("uyen", reward, TASK_REVIEW_REWARD, Map.of(REWARD_DECISION, APPROVED)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(REWARD_DECISION_NO);
        assertThat(reward).isWaitingAt(TASK_REVIEW_REWARD);
    }

    @Test
    void theBoardAdjustsTheFormsAndTheEarlySalaryStepLapses() {
        ProcessInstance reward = proposed(List.of(CITY_CERTIFICATE, EARLY_SALARY_STEP), 12);

        Map<String, Object> adjustment = new HashMap<>();
        adjustment.put(REWARD_DECISION, ADJUSTED);
        adjustment.put(REWARD_DECISION_NO, "31/QĐ-UBND");
        adjustment.put(REASON, "Chưa đủ điều kiện nâng lương trước hạn");
        adjustment.put(REWARD_FORMS, List.of(PUBLIC_COMMENDATION, CITY_CERTIFICATE));
        scenario.complete("uyen", reward, TASK_REVIEW_REWARD, adjustment);

        assertThat(reward).isWaitingAt(TASK_RECORD_PERSONNEL_FOLLOW_UP);
        assertThat(scenario.variable(reward, EARLY_SALARY_MONTHS)).isEqualTo(0);
        // The follow-up form shows the decided forms; the board's form showed the head's proposal, kept as made.
        assertThat(scenario.variable(reward, REWARD_FORMS)).asList().containsExactly(PUBLIC_COMMENDATION, CITY_CERTIFICATE);
        assertThat(scenario.variable(reward, REWARD_PROPOSAL)).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry(REWARD_FORMS, List.of(CITY_CERTIFICATE, EARLY_SALARY_STEP))
                .containsEntry(EARLY_SALARY_MONTHS, 12).containsEntry(PROPOSED_BY, "binh");
        ObjectValue proposal = runtime.getVariableTyped(reward.getId(), REWARD_PROPOSAL, false);
        assertThat(proposal.getSerializationDataFormat()).isEqualTo("application/json");
        // Tasklist hands the form this JSON: the form's FEEL reads rewardProposal.rewardForms from it.
        assertThat(proposal.getValueSerialized()).contains("\"rewardForms\":[\"CITY_CERTIFICATE\",\"EARLY_SALARY_STEP\"]");
        Decision decision = last(reward, REWARD_DECISION_RECORD);
        assertThat(decision.outcome()).isEqualTo(ADJUSTED);
        assertThat(decision.details().get(REWARD_FORMS)).asList().containsExactly(PUBLIC_COMMENDATION, CITY_CERTIFICATE);
        assertThat(decision.details()).containsEntry(EARLY_SALARY_MONTHS, 0);
        // The board's record keeps what it adjusted from.
        assertThat(decision.details().get(REWARD_PROPOSAL)).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry(EARLY_SALARY_MONTHS, 12);
    }

    @Test
    void theBoardChangesTheFormsOnlyByAdjusting() {
        ProcessInstance reward = proposed(List.of(CITY_CERTIFICATE, EARLY_SALARY_STEP), 6);

        assertThatThrownBy(() -> scenario.complete("uyen", reward, TASK_REVIEW_REWARD, Map.of(REWARD_DECISION, APPROVED,
                REWARD_DECISION_NO, "32/QĐ-UBND", EARLY_SALARY_MONTHS, 12)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(ADJUSTED);
        assertThat(reward).isWaitingAt(TASK_REVIEW_REWARD);
    }

    @Test
    void aRejectedProposalEndsWithItsReason() {
        ProcessInstance reward = proposed(List.of(CITY_CERTIFICATE), null);

        assertThatThrownBy(() -> scenario.complete("uyen", reward, TASK_REVIEW_REWARD, Map.of(REWARD_DECISION, REJECTED)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(REASON);
        scenario.complete("uyen", reward, TASK_REVIEW_REWARD,
                Map.of(REWARD_DECISION, REJECTED, REASON, "Hiệu quả chưa được kiểm chứng"));

        assertThat(reward).isEnded().hasPassed(END_REWARD_REJECTED).hasNotPassed(TASK_RECORD_PERSONNEL_FOLLOW_UP);
        assertThat(last(reward, REWARD_DECISION_RECORD).reason()).isEqualTo("Hiệu quả chưa được kiểm chứng");
        assertThat(last(reward, REWARD_OUTCOME_RECORD).outcome()).isEqualTo(REWARD_REJECTED);
        assertThat(historic(reward, "outcome")).isEqualTo(REWARD_REJECTED);
    }

    @Test
    void onlyTheAgencysHeadProposesAndOnlyTheBoardDecides() {
        ProcessInstance reward = called("CITY", true);
        Task proposeTask = scenario.task(reward, TASK_PROPOSE_REWARD);
        for (String outsider : List.of("cuong", "khoa", "uyen")) {
            assertThatThrownBy(() -> scenario.as(outsider, () -> {
                tasks.complete(proposeTask.getId(), proposal(List.of(CITY_CERTIFICATE), null));
                return null;
            })).as(outsider).isInstanceOf(AuthorizationException.class);
        }
        scenario.complete("binh", reward, TASK_PROPOSE_REWARD, proposal(List.of(CITY_CERTIFICATE), null));

        Task reviewTask = scenario.task(reward, TASK_REVIEW_REWARD);
        assertThatThrownBy(() -> scenario.as("binh", () -> {
            tasks.complete(reviewTask.getId(), Map.of(REWARD_DECISION, APPROVED, REWARD_DECISION_NO, "1/QĐ"));
            return null;
        })).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aMissedBoardReviewDeadlineEscalatesToHomeAffairs() {
        // Proposed Mon 1 June 2026: the 15th working day is Mon 22 June, the deadline the start of 23 June.
        scenario.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
        ProcessInstance reward = proposed(List.of(CITY_CERTIFICATE), null);
        assertThat(scenario.task(reward, TASK_REVIEW_REWARD).getDueDate())
                .isEqualTo(ServiceClock.startOf(LocalDate.of(2026, 6, 23)));

        scenario.clockAt(LocalDateTime.of(2026, 6, 22, 23, 0));
        assertThat(scenario.runDueJobs(reward)).isZero();
        scenario.clockAt(LocalDateTime.of(2026, 6, 23, 0, 30));
        assertThat(scenario.runDueJobs(reward)).isEqualTo(1);

        assertThat(reward).isWaitingAt(TASK_REVIEW_REWARD, TASK_HANDLE_ESCALATION);
        Decision missed = last(reward, "DEADLINE_MISSED");
        assertThat(missed.outcome()).isEqualTo(TASK_REVIEW_REWARD);
        assertThat(missed.details()).containsEntry("waitingFor", "emulation-board");
        scenario.complete("thu", reward, TASK_HANDLE_ESCALATION, Map.of("escalationResponse", "Đã nhắc Hội đồng"));
        assertThat(reward).isWaitingAt(TASK_REVIEW_REWARD);
    }

    @Test
    void overRestThirteenMonthsIsA400NamingTheField() throws Exception {
        ProcessInstance reward = called("CITY", true);
        Task proposeTask = scenario.task(reward, TASK_PROPOSE_REWARD);
        // As Tasklist submits a checklist it has no variable for: a Json value.
        Map<String, Object> body = Map.of("variables", Map.of(
                REWARD_FORMS, Map.of("value", "[\"EARLY_SALARY_STEP\",\"CITY_CERTIFICATE\"]", "type", "Json"),
                EARLY_SALARY_MONTHS, Map.of("value", 13),
                BENEFICIARIES, Map.of("value", "Nguyễn Văn An")));

        ResponseEntity<String> response = rest.post("binh", "/engine-rest/task/" + proposeTask.getId() + "/complete", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode refusal = new ObjectMapper().readTree(response.getBody());
        assertThat(refusal.path("field").asText()).isEqualTo(EARLY_SALARY_MONTHS);
        assertThat(refusal.path("message").asText()).contains("từ 1 đến 12", "'13'");
        assertThat(reward).isWaitingAt(TASK_PROPOSE_REWARD);
    }
}
