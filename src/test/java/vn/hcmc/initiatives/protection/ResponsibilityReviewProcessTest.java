package vn.hcmc.initiatives.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.EXEMPTION_OR_MITIGATION;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.LIABILITY_EXCLUDED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.NOT_PROTECTED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.NO_LIABILITY;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.RESULT_COMPLETED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.RESULT_NOT_COMPLETED;
import static vn.hcmc.initiatives.protection.ProtectionOutcomeDecision.RESULT_PARTLY_COMPLETED;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.*;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The responsibility review (D73 art. 6, 11; KL14; P3815), one test per path. Most tests start it as the
 * initiative's call activity would: under the initiative's business key, with the facts it passes.
 */
@ServiceTest
class ResponsibilityReviewProcessTest {

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
    JdbcTemplate jdbc;
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

    /** A key no initiative has, so each test reads only the log rows it wrote itself. */
    private static String initiativeKey() {
        return String.format("SK-2099-skhcn-%04d", SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 5000));
    }

    /** What the initiative's call activity passes after a result evaluation of skhcn's initiative. */
    private static Map<String, Object> calledWith(String key, String evaluationResult) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INITIATIVE_KEY, key);
        variables.put(AGENCY_CODE, "skhcn");
        variables.put(AGENCY_NAME, "Sở Khoa học và Công nghệ");
        variables.put(TITLE, "Thí điểm cấp phép xây dựng trực tuyến");
        variables.put(EVALUATION_RESULT, evaluationResult);
        variables.put(RESPONSIBLE_BODY, COLLECTIVE_LEADERSHIP);
        variables.put(REVIEW_TRIGGER, TRIGGER_RESULT);
        return variables;
    }

    private ProcessInstance called(Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(KEY, (String) variables.get(INITIATIVE_KEY), variables);
    }

    /** An official who followed the policy, with pure motives, for the common good, and did nothing abusive. */
    private static Map<String, Object> goodFaith(boolean damage) {
        Map<String, Object> findings = new HashMap<>();
        findings.put(OBJECTIVE_CAUSES, "Quy định cấp trên thay đổi giữa chừng");
        findings.put(SUBJECTIVE_CAUSES, "Chưa lường hết khối lượng hồ sơ");
        findings.put(FOLLOWED_POLICY, true);
        findings.put(PURE_MOTIVE, true);
        findings.put(COMMON_GOOD, true);
        findings.put(SELF_INTEREST, false);
        findings.put(SHIRKED_RESPONSIBILITY, false);
        findings.put(DAMAGE_OCCURRED, damage);
        if (damage) {
            findings.put(DAMAGE_DESCRIPTION, "Chậm giải quyết 20 hồ sơ");
        }
        return findings;
    }

    private void analyse(ProcessInstance review, Map<String, Object> findings) {
        scenario.complete("cuong", review, TASK_ANALYSE_CAUSES, findings);
    }

    private Decision last(String key, String type) {
        List<Decision> matching = log.forInitiative(key).stream().filter(d -> d.type().equals(type)).toList();
        assertThat(matching).as("decisions of type %s", type).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    private Object historic(ProcessInstance instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

    private void logged(String key, String type, LocalDateTime at) {
        jdbc.update("insert into decision_log (business_key, process_key, agency_code, recorded_at, type, actor)"
                        + " values (?, 'initiative', 'skhcn', ?, ?, ?)",
                key, Timestamp.from(at.atZone(ServiceClock.ZONE).toInstant()), type, "binh");
    }

    @Test
    void theLeadershipOfTheInitiativesAgencyEstablishesTheCauses() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_PARTLY_COMPLETED));

        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES).task().hasCandidateGroup("skhcn-leaders");
        assertThat(review.getBusinessKey()).isEqualTo(scenario.variable(review, INITIATIVE_KEY));
        assertThat(last(review.getBusinessKey(), REVIEW_REQUESTED).outcome()).isEqualTo(TRIGGER_RESULT);
    }

    /** The call activity recommended for {@code initiative.bpmn}, in a stand-in caller. */
    private static final String CALLER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ReviewCaller"
                targetNamespace="http://sangkien.hcmc.vn/bpmn/test">
              <bpmn:process id="test-review-caller" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_Evaluated" />
                <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="StartEvent_Evaluated" targetRef="CallActivity_ReviewResponsibility" />
                <bpmn:callActivity id="CallActivity_ReviewResponsibility" calledElement="responsibility-review">
                  <bpmn:extensionElements>
                    <camunda:in businessKey="#{execution.processBusinessKey}" />
                    <camunda:in source="initiativeKey" target="initiativeKey" />
                    <camunda:in source="agencyCode" target="agencyCode" />
                    <camunda:in source="agencyName" target="agencyName" />
                    <camunda:in source="title" target="title" />
                    <camunda:in source="evaluationResult" target="evaluationResult" />
                    <camunda:in source="damageOccurred" target="damageOccurred" />
                    <camunda:in source="damageDescription" target="damageDescription" />
                    <camunda:in source="responsibleBody" target="responsibleBody" />
                    <camunda:in source="personallyResponsible" target="personallyResponsible" />
                    <camunda:in sourceExpression="${'RESULT'}" target="reviewTrigger" />
                    <camunda:out source="protectionOutcome" target="protectionOutcome" />
                    <camunda:out source="outcome" target="reviewOutcome" />
                  </bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:sequenceFlow id="Flow_Reviewed" sourceRef="CallActivity_ReviewResponsibility" targetRef="EndEvent_Reviewed" />
                <bpmn:endEvent id="EndEvent_Reviewed" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Test
    void theInitiativesCallActivityPassesItsBusinessKeyAndGetsTheOutcomeBack() {
        Deployment caller = repository.createDeployment().name("test-review-caller")
                .addString("test-review-caller.bpmn", CALLER.strip()).deploy();
        try {
            String key = initiativeKey();
            Map<String, Object> initiative = calledWith(key, RESULT_PARTLY_COMPLETED);
            initiative.remove(REVIEW_TRIGGER);
            initiative.put(DAMAGE_OCCURRED, false);
            ProcessInstance evaluated = runtime.startProcessInstanceByKey("test-review-caller", key, initiative);
            ProcessInstance review = runtime.createProcessInstanceQuery().superProcessInstanceId(evaluated.getId())
                    .singleResult();

            assertThat(review.getBusinessKey()).isEqualTo(key);
            assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES).task().hasCandidateGroup("skhcn-leaders");
            assertThat(scenario.variable(review, REVIEW_TRIGGER)).isEqualTo(TRIGGER_RESULT);
            analyse(review, goodFaith(false));

            assertThat(evaluated).isEnded();
            assertThat(historic(evaluated, PROTECTION_OUTCOME)).isEqualTo(LIABILITY_EXCLUDED);
            assertThat(historic(evaluated, "reviewOutcome")).isEqualTo(LIABILITY_EXCLUDED);
            assertThat(last(key, PROTECTION_OUTCOME_RECORD).processKey()).isEqualTo(KEY);
        } finally {
            repository.deleteDeployment(caller.getId(), true);
        }
    }

    @Test
    void aCompletedResultCarriesNoLiability() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_COMPLETED));
        analyse(review, goodFaith(false));

        assertThat(review).isEnded().hasPassed(END_NO_LIABILITY);
        assertThat(historic(review, PROTECTION_OUTCOME)).isEqualTo(NO_LIABILITY);
        assertThat(last(review.getBusinessKey(), REVIEW_OUTCOME_RECORD).outcome()).isEqualTo(NO_LIABILITY);
    }

    @Test
    void goodFaithWithoutDamageExcludesLiability() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_NOT_COMPLETED));
        analyse(review, goodFaith(false));

        assertThat(review).isEnded().hasPassed(END_LIABILITY_EXCLUDED);
        assertThat(historic(review, PROTECTION_OUTCOME)).isEqualTo(LIABILITY_EXCLUDED);
        Decision outcome = last(review.getBusinessKey(), PROTECTION_OUTCOME_RECORD);
        assertThat(outcome.outcome()).isEqualTo(LIABILITY_EXCLUDED);
        assertThat(outcome.details()).containsEntry(OBJECTIVE_CAUSES, "Quy định cấp trên thay đổi giữa chừng")
                .containsEntry(SUBJECTIVE_CAUSES, "Chưa lường hết khối lượng hồ sơ")
                .containsEntry(FOLLOWED_POLICY, true).containsEntry(SELF_INTEREST, false)
                .containsEntry(IGNORED_SUSPEND_OR_STOP, false).containsEntry(ANALYSED_BY, "cuong");
        assertThat(last(review.getBusinessKey(), CAUSE_ANALYSIS).actor()).isEqualTo("cuong");
    }

    @Test
    void goodFaithWithDamageGoesToTheCityCommitteeWhichExempts() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_PARTLY_COMPLETED));
        analyse(review, goodFaith(true));
        assertThat(review).isWaitingAt(TASK_DECIDE_EXEMPTION).task().hasCandidateGroup("city-committee");
        assertThat(scenario.variable(review, PROTECTION_OUTCOME)).isEqualTo(EXEMPTION_OR_MITIGATION);

        scenario.complete("son", review, TASK_DECIDE_EXEMPTION, Map.of(EXEMPTION_DECISION, EXEMPTED,
                DECISION_DOCUMENT_NO, "25/QĐ-UBND", REASON, "Rủi ro khách quan, đã khắc phục"));

        assertThat(review).isEnded().hasPassed(END_EXEMPTION_DECIDED);
        Decision decision = last(review.getBusinessKey(), EXEMPTION_DECISION_RECORD);
        assertThat(decision.actor()).isEqualTo("son");
        assertThat(decision.outcome()).isEqualTo(EXEMPTED);
        assertThat(decision.documentNo()).isEqualTo("25/QĐ-UBND");
        assertThat(last(review.getBusinessKey(), REVIEW_OUTCOME_RECORD).outcome()).isEqualTo(EXEMPTED);
        assertThat(historic(review, PROTECTION_OUTCOME)).isEqualTo(EXEMPTION_OR_MITIGATION);
    }

    @Test
    void exemptionOrMitigationNeedsADocumentNumberButARefusalDoesNot() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_PARTLY_COMPLETED));
        analyse(review, goodFaith(true));

        assertThatThrownBy(() -> scenario.complete("son", review, TASK_DECIDE_EXEMPTION,
                Map.of(EXEMPTION_DECISION, MITIGATED, REASON, "Đã khắc phục một phần")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(DECISION_DOCUMENT_NO);
        assertThat(review).isWaitingAt(TASK_DECIDE_EXEMPTION);

        scenario.complete("son", review, TASK_DECIDE_EXEMPTION,
                Map.of(EXEMPTION_DECISION, NOT_EXEMPTED, REASON, "Thiệt hại lớn, có lỗi chủ quan"));
        assertThat(review).isEnded().hasPassed(END_EXEMPTION_DECIDED);
        assertThat(last(review.getBusinessKey(), REVIEW_OUTCOME_RECORD).outcome()).isEqualTo(NOT_EXEMPTED);
    }

    @Test
    void selfInterestIsNotProtectedAndGoesToTheInspectorate() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_NOT_COMPLETED));
        Map<String, Object> findings = goodFaith(false);
        findings.put(SELF_INTEREST, true);
        analyse(review, findings);
        assertThat(review).isWaitingAt(TASK_HANDLE_VIOLATION).task().hasCandidateGroup("inspectorate");

        scenario.complete("vinh", review, TASK_HANDLE_VIOLATION,
                Map.of(HANDLING, "Lập đoàn thanh tra", REFERRED_TO, "Cơ quan cảnh sát điều tra"));

        assertThat(review).isEnded().hasPassed(END_VIOLATION_REFERRED);
        assertThat(historic(review, PROTECTION_OUTCOME)).isEqualTo(NOT_PROTECTED);
        Decision handling = last(review.getBusinessKey(), VIOLATION_HANDLING_RECORD);
        assertThat(handling.actor()).isEqualTo("vinh");
        assertThat(handling.reason()).isEqualTo("Lập đoàn thanh tra");
        assertThat(handling.details()).containsEntry(REFERRED_TO, "Cơ quan cảnh sát điều tra");
    }

    @Test
    void aReviewAfterARiskReportIsJudgedWithoutAnEvaluation() {
        Map<String, Object> variables = calledWith(initiativeKey(), null);
        variables.remove(EVALUATION_RESULT);
        variables.remove(REVIEW_TRIGGER);
        variables.put(DAMAGE_DESCRIPTION, "Lỗi hệ thống làm mất dữ liệu");
        ProcessInstance review = called(variables);
        assertThat(scenario.variable(review, REVIEW_TRIGGER)).isEqualTo(TRIGGER_RISK_REPORT);

        analyse(review, goodFaith(true));

        assertThat(review).isWaitingAt(TASK_DECIDE_EXEMPTION);
    }

    @Test
    void theCollectiveLeadershipThatApprovedBearsResponsibility() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_NOT_COMPLETED));
        analyse(review, goodFaith(false));

        Decision outcome = last(review.getBusinessKey(), PROTECTION_OUTCOME_RECORD);
        assertThat(outcome.details()).containsEntry(RESPONSIBLE_BODY, COLLECTIVE_LEADERSHIP)
                .doesNotContainKey(PERSONALLY_RESPONSIBLE);
        assertThat(outcome.reason()).startsWith("Tập thể lãnh đạo").contains("Sở Khoa học và Công nghệ");
    }

    @Test
    void aHeadWhoApprovedAloneAfterAFailedVoteBearsResponsibilityPersonally() {
        Map<String, Object> variables = calledWith(initiativeKey(), RESULT_NOT_COMPLETED);
        variables.put(RESPONSIBLE_BODY, HEAD_PERSONALLY);
        variables.put(PERSONALLY_RESPONSIBLE, "binh");
        ProcessInstance review = called(variables);
        analyse(review, goodFaith(true));

        Decision outcome = last(review.getBusinessKey(), PROTECTION_OUTCOME_RECORD);
        assertThat(outcome.details()).containsEntry(RESPONSIBLE_BODY, HEAD_PERSONALLY)
                .containsEntry(PERSONALLY_RESPONSIBLE, "binh");
        assertThat(outcome.reason()).contains("chịu trách nhiệm cá nhân", "binh");
        assertThat(scenario.variable(review, RESPONSIBILITY_BEARER)).isEqualTo(outcome.reason());
    }

    @Test
    void everyFindingOfTheContractMustBeStatedYesOrNo() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_NOT_COMPLETED));
        Map<String, Object> findings = goodFaith(false);
        findings.remove(PURE_MOTIVE);

        assertThatThrownBy(() -> analyse(review, findings))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(PURE_MOTIVE);
        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES);
    }

    @Test
    void shirkingLeftOutCountsAsNo() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_NOT_COMPLETED));
        Map<String, Object> findings = goodFaith(false);
        findings.remove(SHIRKED_RESPONSIBILITY);

        analyse(review, findings);
        assertThat(scenario.historicVariable(review, PROTECTION_OUTCOME)).isEqualTo("LIABILITY_EXCLUDED");
    }

    @Test
    void workRecordedWhileSuspendedMeansTheSuspensionWasIgnored() {
        String key = initiativeKey();
        logged(key, "IMPLEMENTATION_STARTED", LocalDateTime.of(2026, 3, 2, 9, 0));
        logged(key, "SUSPENDED", LocalDateTime.of(2026, 4, 1, 9, 0));
        logged(key, "PROGRESS_REVIEW", LocalDateTime.of(2026, 4, 15, 9, 0));
        ProcessInstance review = called(calledWith(key, RESULT_NOT_COMPLETED));
        analyse(review, goodFaith(false));

        assertThat(review).isWaitingAt(TASK_HANDLE_VIOLATION);
        assertThat(scenario.variable(review, IGNORED_SUSPEND_OR_STOP)).isEqualTo(true);
        assertThat((String) scenario.variable(review, SUSPEND_OR_STOP_EVIDENCE))
                .isEqualTo("PROGRESS_REVIEW ngày 15/04/2026 (binh) sau quyết định SUSPENDED ngày 01/04/2026 (binh)");
        assertThat(last(key, PROTECTION_OUTCOME_RECORD).outcome()).isEqualTo(NOT_PROTECTED);
    }

    @Test
    void workAfterTheResumptionObeysTheSuspension() {
        String key = initiativeKey();
        logged(key, "SUSPENDED", LocalDateTime.of(2026, 4, 1, 9, 0));
        logged(key, "RESUMED", LocalDateTime.of(2026, 4, 10, 9, 0));
        logged(key, "COMPLETION_REPORT", LocalDateTime.of(2026, 5, 4, 9, 0));
        ProcessInstance review = called(calledWith(key, RESULT_PARTLY_COMPLETED));
        analyse(review, goodFaith(false));

        assertThat(review).isEnded().hasPassed(END_LIABILITY_EXCLUDED);
        assertThat(historic(review, IGNORED_SUSPEND_OR_STOP)).isEqualTo(false);
    }

    @Test
    void homeAffairsReviewsAnExistingInitiativeWithTheFactsOfItsHistory() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String key = initiative.getBusinessKey();
        Map<String, Object> start = new HashMap<>();
        start.put(INITIATIVE_KEY, key);
        start.put(REVIEW_REASON, "Phản ánh của người dân");
        // What a client claims is ignored: the initiative's history decides.
        start.put(AGENCY_CODE, "sxd");
        start.put(REVIEW_TRIGGER, TRIGGER_RESULT);

        ProcessInstance review = scenario.as("thu", () -> runtime.startProcessInstanceByKey(KEY, start));

        assertThat(review.getBusinessKey()).isEqualTo(key);
        assertThat(scenario.variable(review, AGENCY_CODE)).isEqualTo("skhcn");
        assertThat(scenario.variable(review, TITLE)).isEqualTo(Scenario.registration("skhcn").get(TITLE));
        assertThat(scenario.variable(review, AGENCY_NAME)).isEqualTo(scenario.variable(initiative, AGENCY_NAME));
        assertThat(scenario.variable(review, REVIEW_TRIGGER)).isEqualTo(TRIGGER_STANDALONE);
        assertThat(scenario.variable(review, RESPONSIBLE_BODY)).isEqualTo(COLLECTIVE_LEADERSHIP);
        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES).task().hasCandidateGroup("skhcn-leaders");
        Decision requested = last(key, REVIEW_REQUESTED);
        assertThat(requested.actor()).isEqualTo("thu");
        assertThat(requested.reason()).isEqualTo("Phản ánh của người dân");
        assertThat(requested.processKey()).isEqualTo(KEY);
    }

    @Test
    void aReviewAfterTheInitiativesHistoryWasRemovedTakesTheFactsFromItsDecisionLog() {
        scenario.clockAt(LocalDateTime.of(2022, 2, 7, 9, 0));
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        scenario.complete("son", initiative, InitiativeProcess.TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));
        scenario.complete("an", initiative, InitiativeProcess.TASK_REPORT_COMPLETION,
                Map.of("completionReport", "Đã triển khai", "completedOn", ServiceClock.today().toString()));
        scenario.complete("giang", initiative, InitiativeProcess.TASK_GIVE_RESULT_PARTY_OPINION,
                Map.of("partyOpinion", "AGREE"));
        scenario.complete("binh", initiative, InitiativeProcess.TASK_EVALUATE_RESULT, Map.of(
                EVALUATION_RESULT, RESULT_NOT_COMPLETED, DAMAGE_OCCURRED, true, DAMAGE_DESCRIPTION,
                "Chậm giải quyết 20 hồ sơ", "lessonsLearned", "x", "impactScope", "AGENCY", "replicable", false));
        removedFromHistory(initiative, LocalDateTime.of(2027, 2, 17, 9, 0));

        ProcessInstance review = reviewStartedByHomeAffairs(initiative);

        assertThat(scenario.variable(review, AGENCY_CODE)).isEqualTo("skhcn");
        assertThat(scenario.variable(review, TITLE)).isEqualTo(Scenario.registration("skhcn").get(TITLE));
        assertThat(scenario.variable(review, AGENCY_NAME)).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(scenario.variable(review, EVALUATION_RESULT)).isEqualTo(RESULT_NOT_COMPLETED);
        assertThat(scenario.variable(review, DAMAGE_OCCURRED)).isEqualTo(true);
        assertThat(scenario.variable(review, DAMAGE_DESCRIPTION)).isEqualTo("Chậm giải quyết 20 hồ sơ");
        assertThat(scenario.variable(review, RESPONSIBLE_BODY)).isEqualTo(COLLECTIVE_LEADERSHIP);
        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES).task().hasCandidateGroup("skhcn-leaders");
    }

    @Test
    void aReviewAfterTheInitiativesHistoryWasRemovedKnowsTheHeadWhoApprovedAloneFromItsDecisionLog() {
        scenario.clockAt(LocalDateTime.of(2022, 3, 7, 9, 0));
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "NO", "dung", "NO"));
        scenario.complete("binh", initiative, InitiativeProcess.TASK_DECIDE_OVERRIDE,
                Map.of("overrideDecision", "APPROVE", "overrideDocumentNo", "12/QĐ-SKHCN", "reason", "Cấp bách"));
        removedFromHistory(initiative, LocalDateTime.of(2027, 3, 17, 9, 0));

        ProcessInstance review = reviewStartedByHomeAffairs(initiative);

        assertThat(scenario.variable(review, RESPONSIBLE_BODY)).isEqualTo(HEAD_PERSONALLY);
        assertThat(scenario.variable(review, PERSONALLY_RESPONSIBLE)).isEqualTo("binh");
        assertThat(scenario.variable(review, EVALUATION_RESULT)).as("never evaluated").isNull();
        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES);
    }

    /** Cancels the initiative now, and runs the history cleanup when its retention has passed. */
    private void removedFromHistory(ProcessInstance initiative, LocalDateTime afterTheRetention) {
        runtime.deleteProcessInstance(initiative.getId(), "Dừng theo văn bản 7/UBND");
        scenario.clockAt(afterTheRetention);
        scenario.runHistoryCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(initiative.getBusinessKey())
                .count()).isZero();
    }

    private ProcessInstance reviewStartedByHomeAffairs(ProcessInstance initiative) {
        return scenario.as("thu", () -> runtime.startProcessInstanceByKey(KEY,
                Map.of(INITIATIVE_KEY, initiative.getBusinessKey(), REVIEW_REASON, "Thanh tra phát hiện sai phạm")));
    }

    @Test
    void aReviewOfAnUnknownInitiativeIsRefused() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> scenario.as("thu", () -> runtime.startProcessInstanceByKey(KEY,
                Map.of(INITIATIVE_KEY, "SK-2026-skhcn-9999", REVIEW_REASON, "x"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith(INITIATIVE_KEY + ":")
                .hasMessageContaining("SK-2026-skhcn-9999");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    @Test
    void onlyHomeAffairsStartsAReviewAlone() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));

        assertThatThrownBy(() -> scenario.as("binh", () -> runtime.startProcessInstanceByKey(KEY,
                Map.of(INITIATIVE_KEY, initiative.getBusinessKey(), REVIEW_REASON, "x"))))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void anotherAgencysLeadersCannotEstablishTheCauses() {
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_NOT_COMPLETED));
        Task analysis = scenario.task(review, TASK_ANALYSE_CAUSES);

        assertThatThrownBy(() -> scenario.as("khoa", () -> {
            tasks.complete(analysis.getId(), goodFaith(false));
            return null;
        })).isInstanceOf(AuthorizationException.class);
        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES);
    }

    @Test
    void aMissedCauseAnalysisDeadlineEscalatesToHomeAffairs() {
        // Requested Mon 1 June 2026: the 10th working day is Mon 15 June, the deadline the start of 16 June.
        scenario.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
        ProcessInstance review = called(calledWith(initiativeKey(), RESULT_NOT_COMPLETED));
        assertThat(scenario.task(review, TASK_ANALYSE_CAUSES).getDueDate())
                .isEqualTo(ServiceClock.startOf(LocalDate.of(2026, 6, 16)));

        scenario.clockAt(LocalDateTime.of(2026, 6, 15, 23, 0));
        assertThat(scenario.runDueJobs(review)).isZero();
        scenario.clockAt(LocalDateTime.of(2026, 6, 16, 0, 30));
        assertThat(scenario.runDueJobs(review)).isEqualTo(1);

        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES, TASK_HANDLE_ESCALATION);
        assertThat(scenario.task(review, TASK_HANDLE_ESCALATION)).satisfies(task ->
                assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> "home-affairs".equals(l.getGroupId())));
        Decision missed = last(review.getBusinessKey(), "DEADLINE_MISSED");
        assertThat(missed.outcome()).isEqualTo(TASK_ANALYSE_CAUSES);
        assertThat(missed.details()).containsEntry("due", "15/06/2026").containsEntry("waitingFor", "skhcn-leaders");

        scenario.complete("thu", review, TASK_HANDLE_ESCALATION, Map.of("escalationResponse", "Đã đôn đốc"));
        assertThat(last(review.getBusinessKey(), "ESCALATION_HANDLED").actor()).isEqualTo("thu");
        assertThat(review).isWaitingAt(TASK_ANALYSE_CAUSES);
    }
}
