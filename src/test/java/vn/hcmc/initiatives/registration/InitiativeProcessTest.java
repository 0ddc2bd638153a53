package vn.hcmc.initiatives.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.initiatives.config.Database;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.protection.ResponsibilityReviewProcess;
import vn.hcmc.initiatives.reward.InitiativeRewardProcess;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/** The life of one initiative (DOMAIN.md), one test per path and per rule. */
@ServiceTest
class InitiativeProcessTest {

    @Autowired
    Scenario scenario;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    DecisionLog log;
    @Autowired
    Database database;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void engineForAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private List<String> decisionTypes(ProcessInstance instance) {
        return log.forInitiative(instance.getBusinessKey()).stream().map(Decision::type).toList();
    }

    private Decision last(ProcessInstance instance, String type) {
        List<Decision> matching = log.forInitiative(instance.getBusinessKey()).stream()
                .filter(d -> d.type().equals(type)).toList();
        assertThat(matching).as("decisions of type %s", type).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    /** Registration by an, all three leaders vote yes, the city approves: implementation starts. */
    private ProcessInstance approvedAndInImplementation() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        scenario.complete("son", initiative, TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));
        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION);
        return initiative;
    }

    private ProcessInstance calledProcess(ProcessInstance caller, String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
                .processDefinitionKey(key).singleResult();
    }

    private void reportAndOpine(ProcessInstance initiative) {
        scenario.complete("an", initiative, TASK_REPORT_COMPLETION,
                Map.of("completionReport", "Đã triển khai xong", "completedOn", ServiceClock.today().toString()));
        assertThat(scenario.variable(initiative, "partyOpinion"))
                .as("the opinion on the result does not start from the opinion on the proposal").isNull();
        scenario.complete("giang", initiative, TASK_GIVE_RESULT_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
    }

    @Test
    void aRegistrationCarryingWhatTheProcedureDecidesLaterIsRefusedAndNothingStarts() {
        Map<String, Object> values = Scenario.registration("skhcn");
        values.put(PERSONALLY_RESPONSIBLE, "binh");
        values.put(RESPONSIBLE_BODY, "HEAD_PERSONALLY");
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> scenario.register("an", values)).isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith(PERSONALLY_RESPONSIBLE + ":").hasMessageContaining(RESPONSIBLE_BODY);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count())
                .isEqualTo(before);
    }

    @Test
    void incompleteRegistrationGoesBackToTheProposerNamingEveryMissingField() {
        Map<String, Object> values = Scenario.registration("skhcn");
        values.remove("bottleneck");
        values.put("bottleneckType", "WHATEVER");
        ProcessInstance initiative = scenario.register("an", values);

        assertThat(initiative).isWaitingAt(TASK_CORRECT_REGISTRATION).task().isAssignedTo("an");
        assertThat(scenario.variable(initiative, VALIDATION_ERRORS)).asList().containsExactly("bottleneck", "bottleneckType");
        // The correction form lists these sentences.
        assertThat(scenario.variable(initiative, VALIDATION_MESSAGES)).asList().containsExactly(
                "Điểm nghẽn, vướng mắc cần tháo gỡ: chưa được khai báo",
                "Loại vướng mắc: giá trị không hợp lệ 'WHATEVER' (UNREGULATED, UNCLEAR, OVERLAPPING hoặc OUTDATED)");
        assertThat(last(initiative, "REGISTRATION_CHECK").outcome()).isEqualTo("INCOMPLETE");
    }

    @Test
    void correctedRegistrationIsCheckedAgainAndGoesToTheParty() {
        Map<String, Object> values = Scenario.registration("skhcn");
        values.remove("scope");
        ProcessInstance initiative = scenario.register("an", values);
        scenario.complete("an", initiative, TASK_CORRECT_REGISTRATION, Map.of("scope", "Toàn sở"));

        assertThat(initiative).isWaitingAt(TASK_GIVE_PARTY_OPINION).task().hasCandidateGroup("skhcn-party");
        assertThat(scenario.variable(initiative, VALIDATION_ERRORS)).asList().isEmpty();
        // Nothing is left to correct, so no message lingers for a form that is not shown again.
        assertThat(scenario.variable(initiative, VALIDATION_MESSAGES)).isNull();
        assertThat(decisionTypes(initiative)).containsSubsequence("REGISTRATION_SUBMITTED", "REGISTRATION_CHECK",
                "REGISTRATION_CORRECTED", "REGISTRATION_CHECK");
    }

    @Test
    void theProposerIsTheLoggedInUserNeverTheVariableAClientSends() {
        Map<String, Object> values = Scenario.registration("skhcn");
        values.put(PROPOSER_ID, "binh");
        ProcessInstance initiative = scenario.register("an", values);

        assertThat(scenario.variable(initiative, PROPOSER_ID)).isEqualTo("an");
        assertThat(last(initiative, "REGISTRATION_SUBMITTED").actor()).isEqualTo("an");
    }

    @Test
    void staffCannotRegisterForAnotherAgency() {
        assertThatThrownBy(() -> scenario.register("an", Scenario.registration("sxd")))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("sxd");
    }

    @Test
    void aCorrectionCannotMoveTheInitiativeToAnotherAgency() {
        Map<String, Object> values = Scenario.registration("skhcn");
        values.remove("scope");
        ProcessInstance initiative = scenario.register("an", values);
        scenario.complete("an", initiative, TASK_CORRECT_REGISTRATION, Map.of("scope", "Toàn sở", "agencyCode", "sxd"));

        assertThat(initiative).isWaitingAt(TASK_CORRECT_REGISTRATION);
        assertThat(scenario.variable(initiative, VALIDATION_ERRORS)).asList().containsExactly("agencyCode");
        assertThat(scenario.variable(initiative, VALIDATION_MESSAGES)).asList().singleElement().asString()
                .contains("đã đăng ký cho skhcn");
    }

    @Test
    void businessKeysAreNumberedPerAgencyAndYear() {
        ProcessInstance first = scenario.register("hai", Scenario.registration("sxd"));
        ProcessInstance second = scenario.register("hai", Scenario.registration("sxd"));
        int year = ServiceClock.today().getYear();

        assertThat(first.getBusinessKey()).matches("SK-" + year + "-sxd-\\d{4}");
        int n = Integer.parseInt(first.getBusinessKey().substring(first.getBusinessKey().length() - 4));
        assertThat(second.getBusinessKey()).isEqualTo(String.format("SK-%d-sxd-%04d", year, n + 1));
    }

    @Test
    void concurrentRegistrationsGetDistinctConsecutiveKeys() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> starts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            starts.add(() -> scenario.register("nam", Scenario.registration("pbenthanh")).getBusinessKey());
        }
        List<String> keys = new ArrayList<>();
        for (Future<String> key : pool.invokeAll(starts)) {
            keys.add(key.get());
        }
        pool.shutdown();

        assertThat(keys).doesNotHaveDuplicates().hasSize(12);
        List<Integer> numbers = keys.stream().map(k -> Integer.parseInt(k.substring(k.length() - 4))).sorted().toList();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(11);
    }

    @Test
    void aKeyThatAnotherInitiativeHasIsRefusedAndNothingIsWritten() {
        ProcessInstance first = scenario.register("an", Scenario.registration("skhcn"));
        String key = first.getBusinessKey();

        assertThatThrownBy(() -> registerUnder("hai", key, Scenario.registration("sxd")))
                .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("businessKey:").hasMessageContaining(key);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(key).list()).extracting(ProcessInstance::getId).containsExactly(first.getId());
        // sxd's attempt left no record under skhcn's key
        assertThat(log.forInitiative(key)).extracting(Decision::agencyCode).containsOnly("skhcn");
        assertThat(log.forInitiative(key)).filteredOn(d -> RECORD_SUBMITTED.equals(d.type())).hasSize(1);
    }

    @Test
    void aKeyTheClientChoseIsKeptAndTheSequenceSkipsItLater() {
        int year = ServiceClock.today().getYear();
        String issued = scenario.register("hai", Scenario.registration("sxd")).getBusinessKey();
        int n = Integer.parseInt(issued.substring(issued.length() - 4));
        String chosen = String.format("SK-%d-sxd-%04d", year, n + 1);

        ProcessInstance imported = registerUnder("hai", chosen, Scenario.registration("sxd"));
        ProcessInstance next = scenario.register("hai", Scenario.registration("sxd"));

        assertThat(imported.getBusinessKey()).isEqualTo(chosen);
        assertThat(next.getBusinessKey()).isEqualTo(String.format("SK-%d-sxd-%04d", year, n + 2));
    }

    @Test
    void ofTwoRegistrationsUnderOneKeyAtTheSameMomentTheLaterIsRefused() throws Exception {
        assumeTrue(database.isPostgres(), "PostgreSQL only: the database's unique index (changelog 005); H2 gets none");
        String key = "SK-IMPORT-" + System.nanoTime();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            // The other registration has written its record and not yet committed: the check cannot see it.
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("insert into decision_log"
                    + " (business_key, process_instance_id, process_key, agency_code, type, actor, recorded_at)"
                    + " values (?, 'other', 'initiative', 'skhcn', ?, 'an', current_timestamp)")) {
                insert.setString(1, key);
                insert.setString(2, RECORD_SUBMITTED);
                insert.executeUpdate();
            }
            Future<ProcessInstance> later = pool.submit(() -> registerUnder("an", key, Scenario.registration("skhcn")));
            Thread.sleep(500);
            assertThat(later).as("waits for the other registration's transaction").isNotDone();
            other.commit();

            assertThatThrownBy(later::get).cause().isInstanceOf(BadUserRequestException.class)
                    .hasMessageStartingWith("businessKey:");
        } finally {
            pool.shutdown();
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .isZero();
    }

    private ProcessInstance registerUnder(String user, String businessKey, Map<String, Object> values) {
        return scenario.as(user, () -> engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey, values));
    }

    @Test
    void moreThanHalfOfTheEligibleVotersApprove() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        assertThat(initiative).isWaitingAt(TASK_CAST_VOTE);
        assertThat(tasks.createTaskQuery().processInstanceId(initiative.getId()).taskDefinitionKey(TASK_CAST_VOTE)
                .list()).extracting(Task::getAssignee).containsExactlyInAnyOrder("binh", "cuong", "dung");

        scenario.voteAll(initiative, Map.of("binh", "NO", "cuong", "YES", "dung", "YES"));

        assertThat(initiative).isWaitingAt(TASK_APPROVE_RESEARCH_POLICY).task().hasCandidateGroup("city-committee");
        assertThat(last(initiative, "VOTE_TALLY").outcome()).isEqualTo("PASSED");
        assertThat(scenario.variable(initiative, RESPONSIBLE_BODY)).isEqualTo("COLLECTIVE_LEADERSHIP");
    }

    @Test
    void aProposingDeputyDoesNotVote() {
        ProcessInstance initiative = scenario.registeredAndOpined("cuong", "skhcn", "giang");

        assertThat(tasks.createTaskQuery().processInstanceId(initiative.getId()).taskDefinitionKey(TASK_CAST_VOTE)
                .list()).extracting(Task::getAssignee).containsExactlyInAnyOrder("binh", "dung");
        assertThat(scenario.variable(initiative, ELIGIBLE_VOTERS)).isEqualTo(2);
    }

    @Test
    void aTieGoesTheHeadsWay() {
        ProcessInstance initiative = scenario.registeredAndOpined("cuong", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "dung", "NO"));

        assertThat(initiative).isWaitingAt(TASK_APPROVE_RESEARCH_POLICY);
        assertThat(last(initiative, "VOTE_TALLY").details()).containsEntry("headVote", "YES");
    }

    @Test
    void aTieFailsWhenTheHeadVotedAgainst() {
        ProcessInstance initiative = scenario.registeredAndOpined("cuong", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "NO", "dung", "YES"));

        assertThat(initiative).isWaitingAt(TASK_DECIDE_OVERRIDE).task().hasCandidateGroup("skhcn-head");
    }

    @Test
    void aVoteWithAnInvalidValueIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");

        assertThatThrownBy(() -> scenario.complete("binh", initiative, TASK_CAST_VOTE, Map.of("vote", "MAYBE")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("vote");
        assertThat(scenario.taskOf("binh", initiative, TASK_CAST_VOTE)).isNotNull();
        assertThat(decisionTypes(initiative)).doesNotContain("VOTE");
    }

    @Test
    void nobodyCompletesAnotherVotersTask() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        Task binhsVote = tasks.createTaskQuery().processInstanceId(initiative.getId()).taskAssignee("binh").singleResult();

        assertThatThrownBy(() -> scenario.as("cuong", () -> {
            tasks.complete(binhsVote.getId(), Map.of("vote", "NO"));
            return null;
        })).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aHeadApprovingAfterAFailedVoteNeedsADocumentAndBearsPersonalResponsibility() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "NO", "dung", "NO"));
        assertThat(initiative).isWaitingAt(TASK_DECIDE_OVERRIDE);

        assertThatThrownBy(() -> scenario.complete("binh", initiative, TASK_DECIDE_OVERRIDE,
                Map.of("overrideDecision", "APPROVE", "reason", "Cấp bách")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("overrideDocumentNo");

        scenario.complete("binh", initiative, TASK_DECIDE_OVERRIDE,
                Map.of("overrideDecision", "APPROVE", "overrideDocumentNo", "12/QĐ-SKHCN", "reason", "Cấp bách"));

        assertThat(initiative).isWaitingAt(TASK_APPROVE_RESEARCH_POLICY);
        assertThat(scenario.variable(initiative, PERSONALLY_RESPONSIBLE)).isEqualTo("binh");
        Decision override = last(initiative, "HEAD_OVERRIDE");
        assertThat(override.actor()).isEqualTo("binh");
        assertThat(override.documentNo()).isEqualTo("12/QĐ-SKHCN");
    }

    @Test
    void aHeadRejectingAfterAFailedVoteEndsTheInitiativeWithReasons() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "NO", "cuong", "NO", "dung", "YES"));
        scenario.complete("binh", initiative, TASK_DECIDE_OVERRIDE,
                Map.of("overrideDecision", "REJECT", "reason", "Chưa đủ cơ sở"));

        assertThat(initiative).isEnded().hasPassed(END_REJECTED);
        assertThat(last(initiative, "OUTCOME").outcome()).isEqualTo("REJECTED");
        assertThat(last(initiative, "HEAD_OVERRIDE").reason()).isEqualTo("Chưa đủ cơ sở");
    }

    @Test
    void theHeadsOwnProposalIsDecidedByTheCityCommittee() {
        ProcessInstance initiative = scenario.registeredAndOpined("binh", "skhcn", "giang");

        assertThat(scenario.variable(initiative, DECIDER_GROUP)).isEqualTo("city-committee");
        assertThat(tasks.createTaskQuery().processInstanceId(initiative.getId()).taskDefinitionKey(TASK_CAST_VOTE)
                .list()).extracting(Task::getAssignee).containsExactly("son");
        scenario.voteAll(initiative, Map.of("son", "NO"));
        assertThat(initiative).isWaitingAt(TASK_DECIDE_OVERRIDE).task().hasCandidateGroup("city-committee");
    }

    @Test
    void theCityCommitteeSendsBackForRevisionAndDecidesAgain() {
        ProcessInstance initiative = sentBackForRevision();
        assertThat(initiative).isWaitingAt(TASK_REVISE_REGISTRATION).task().isAssignedTo("an");

        assertThatThrownBy(() -> scenario.complete("an", initiative, TASK_REVISE_REGISTRATION, Map.of("resources", " ")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("resources");
        scenario.complete("an", initiative, TASK_REVISE_REGISTRATION, Map.of("resources", "5 cán bộ, 300 triệu đồng"));

        assertThat(initiative).isWaitingAt(TASK_APPROVE_RESEARCH_POLICY);
        assertThat(scenario.variable(initiative, CITY_DECISION)).as("the second decision starts blank").isNull();
        assertThat(decisionTypes(initiative)).containsSubsequence("CITY_DECISION", "REGISTRATION_REVISED");
    }

    @Test
    void aRevisionCannotMoveTheInitiativeToAnotherAgency() {
        ProcessInstance initiative = sentBackForRevision();

        assertThatThrownBy(() -> scenario.complete("an", initiative, TASK_REVISE_REGISTRATION, Map.of("agencyCode", "sxd")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining("agencyCode")
                .hasMessageContaining("skhcn");
        assertThat(initiative).isWaitingAt(TASK_REVISE_REGISTRATION);
    }

    /** Passed by the vote, then sent back by the city committee for revision. */
    private ProcessInstance sentBackForRevision() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        scenario.complete("son", initiative, TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "REVISE", "cityDecisionNote", "Làm rõ nguồn lực"));
        return initiative;
    }

    @Test
    void theCityCommitteeRejectsTheResearchPolicy() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        scenario.complete("son", initiative, TASK_APPROVE_RESEARCH_POLICY, Map.of("cityDecision", "REJECTED",
                "cityDecisionNote", "Ngoài thẩm quyền", "cityDecisionDocumentNo", "20/QĐ-UBND"));

        assertThat(initiative).isEnded().hasPassed(END_REJECTED_BY_CITY);
    }

    @Test
    void aCompletedInitiativeGoesToInstitutionalisationAndToTheRewardWithItsBusinessKey() {
        ProcessInstance initiative = approvedAndInImplementation();
        reportAndOpine(initiative);
        assertThat(initiative).isWaitingAt(TASK_EVALUATE_RESULT).task().hasCandidateGroup("skhcn-head");
        scenario.complete("binh", initiative, TASK_EVALUATE_RESULT, Map.of("evaluationResult", "COMPLETED",
                "damageOccurred", false, "lessonsLearned", "Cần chuẩn hóa dữ liệu", "impactScope", "CITY",
                "replicable", true));
        assertThat(initiative).isWaitingAt(TASK_CONSIDER_INSTITUTIONALISATION, CALL_REWARD);
        assertThat(scenario.task(initiative, TASK_CONSIDER_INSTITUTIONALISATION).getProcessInstanceId())
                .isEqualTo(initiative.getId());
        scenario.complete("thu", initiative, TASK_CONSIDER_INSTITUTIONALISATION,
                Map.of("proposeToCentral", true, "cityWideRollout", true));

        ProcessInstance reward = calledProcess(initiative, InitiativeRewardProcess.KEY);
        assertThat(reward.getBusinessKey()).isEqualTo(initiative.getBusinessKey());
        assertThat(scenario.variable(reward, "recommendedRewardForms")).asList()
                .contains("CITY_CERTIFICATE", "EARLY_SALARY_STEP");
        scenario.complete("binh", reward, InitiativeRewardProcess.TASK_PROPOSE_REWARD, Map.of(
                "rewardForms", List.of("PUBLIC_COMMENDATION", "CITY_CERTIFICATE", "EARLY_SALARY_STEP"),
                "earlySalaryMonths", 12, "beneficiaries", "Nguyễn Văn An"));
        scenario.complete("uyen", reward, InitiativeRewardProcess.TASK_REVIEW_REWARD,
                Map.of("rewardDecision", "APPROVED", "rewardDecisionNo", "88/QĐ-HĐTĐKT", "reason", "Xứng đáng"));
        scenario.complete("thu", reward, InitiativeRewardProcess.TASK_RECORD_PERSONNEL_FOLLOW_UP,
                Map.of("personnelNotes", "Nâng lương trước hạn 12 tháng"));

        assertThat(initiative).isEnded().hasPassed(END_COMPLETED);
        assertThat(scenario.historicVariable(initiative, "rewardDecision")).isEqualTo("APPROVED");
        assertThat(decisionTypes(initiative)).containsSubsequence("REGISTRATION_SUBMITTED", "PARTY_OPINION",
                "VOTE_TALLY", "CITY_DECISION", "IMPLEMENTATION_STARTED", "COMPLETION_REPORT",
                "RESULT_PARTY_OPINION", "RESULT_EVALUATION", "INSTITUTIONALISATION").contains("REWARD_DECISION", "OUTCOME");
    }

    @Test
    void aResultNotCompletedGoesToAResponsibilityReviewUnderTheInitiativesKey() {
        ProcessInstance initiative = approvedAndInImplementation();
        reportAndOpine(initiative);
        assertThatThrownBy(() -> scenario.complete("binh", initiative, TASK_EVALUATE_RESULT,
                Map.of("evaluationResult", "NOT_COMPLETED", "damageOccurred", true, "lessonsLearned", "x",
                        "impactScope", "AGENCY", "replicable", false)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class).hasMessageContaining(DAMAGE_DESCRIPTION);
        scenario.complete("binh", initiative, TASK_EVALUATE_RESULT, Map.of("evaluationResult", "NOT_COMPLETED",
                "damageOccurred", true, "damageDescription", "Chậm giải quyết 20 hồ sơ", "lessonsLearned", "x",
                "impactScope", "AGENCY", "replicable", false));
        assertThat(initiative).isWaitingAt(CALL_RESPONSIBILITY_REVIEW);

        ProcessInstance review = calledProcess(initiative, ResponsibilityReviewProcess.KEY);
        assertThat(review.getBusinessKey()).isEqualTo(initiative.getBusinessKey());
        assertThat(scenario.variable(review, "damageDescription")).isEqualTo("Chậm giải quyết 20 hồ sơ");
        assertThat(scenario.variable(review, "responsibleBody")).isEqualTo("COLLECTIVE_LEADERSHIP");
        Map<String, Object> findings = new HashMap<>();
        findings.put("objectiveCauses", "Quy định cấp trên thay đổi");
        findings.put("subjectiveCauses", "Chưa lường hết khối lượng");
        findings.put("followedPolicy", true);
        findings.put("pureMotive", true);
        findings.put("commonGood", true);
        findings.put("selfInterest", false);
        findings.put("shirkedResponsibility", false);
        findings.put("damageOccurred", true);
        scenario.complete("cuong", review, ResponsibilityReviewProcess.TASK_ANALYSE_CAUSES, findings);
        scenario.complete("son", review, ResponsibilityReviewProcess.TASK_DECIDE_EXEMPTION, Map.of(
                "exemptionDecision", "MITIGATED", "decisionDocumentNo", "5/QĐ-UBND", "reason", "Thiện chí, vì lợi ích chung"));

        assertThat(initiative).isEnded().hasPassed(END_RESULT_RECORDED);
        assertThat(scenario.historicVariable(initiative, "protectionOutcome")).isEqualTo("EXEMPTION_OR_MITIGATION");
        assertThat(last(initiative, "RESULT_EVALUATION").details()).containsEntry(DAMAGE_DESCRIPTION, "Chậm giải quyết 20 hồ sơ");
    }

    @Test
    void aSuspensionPausesTheReportDeadlineByTheWorkingDaysItLasted() {
        scenario.clockAt(LocalDateTime.of(2026, 2, 10, 9, 0));
        Map<String, Object> values = Scenario.registration("skhcn");
        values.put("plannedEndDate", "2026-03-31");
        ProcessInstance initiative = scenario.register("an", values);
        scenario.complete("giang", initiative, TASK_GIVE_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        scenario.complete("son", initiative, TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));
        // 5 working days after Tue 31 March 2026 is Tue 7 April: the deadline is the start of 8 April.
        assertThat(scenario.task(initiative, TASK_REPORT_COMPLETION).getDueDate())
                .isEqualTo(ServiceClock.startOf(LocalDate.of(2026, 4, 8)));

        // Suspended on Fri 13 Feb, resumed on Wed 25 Feb: Tết (14-22 Feb) and the weekend do not count,
        // so the pause lasted 3 working days (23, 24, 25 Feb).
        scenario.clockAt(LocalDateTime.of(2026, 2, 13, 10, 0));
        scenario.correlate("binh", initiative, MESSAGE_SUSPENDED, Map.of(REASON, "Rà soát pháp lý"));
        assertThat(initiative).isWaitingAt(WHILE_SUSPENDED);
        scenario.clockAt(LocalDateTime.of(2026, 2, 25, 10, 0));
        scenario.correlate("binh", initiative, MESSAGE_RESUMED, Map.of());

        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION);
        assertThat(scenario.variable(initiative, PAUSED_WORKING_DAYS)).isEqualTo(3);
        assertThat(scenario.task(initiative, TASK_REPORT_COMPLETION).getDueDate())
                .isEqualTo(ServiceClock.startOf(LocalDate.of(2026, 4, 11)));
        assertThat(last(initiative, "SUSPENDED").reason()).isEqualTo("Rà soát pháp lý");
        assertThat(last(initiative, "RESUMED").details()).containsEntry("pausedWorkingDays", 3);
    }

    @Test
    void aStopDecisionEndsTheInitiativeAsStopped() {
        ProcessInstance initiative = approvedAndInImplementation();
        scenario.correlate("binh", initiative, MESSAGE_STOPPED, Map.of(REASON, "Không còn phù hợp"));

        assertThat(initiative).isEnded().hasPassed(END_STOPPED);
        assertThat(last(initiative, "STOPPED").reason()).isEqualTo("Không còn phù hợp");
    }

    @Test
    void anInitiativeCanBeStoppedWhileSuspended() {
        ProcessInstance initiative = approvedAndInImplementation();
        scenario.correlate("binh", initiative, MESSAGE_SUSPENDED, Map.of(REASON, "Tạm dừng"));
        scenario.correlate("binh", initiative, MESSAGE_STOPPED, Map.of(REASON, "Dừng hẳn"));

        assertThat(initiative).isEnded().hasPassed(END_STOPPED_WHILE_SUSPENDED);
    }

    @Test
    void aRiskReportOpensAResponsibilityReviewWhileTheImplementationGoesOn() {
        ProcessInstance initiative = approvedAndInImplementation();
        scenario.correlate("binh", initiative, MESSAGE_RISK_REPORTED, Map.of(DAMAGE_DESCRIPTION, "Lỗi hệ thống"));

        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION, CALL_RISK_REVIEW);
        assertThat(last(initiative, "RISK_REPORTED").reason()).isEqualTo("Lỗi hệ thống");
        ProcessInstance review = calledProcess(initiative, ResponsibilityReviewProcess.KEY);
        assertThat(scenario.variable(review, "reviewTrigger")).isEqualTo("RISK_REPORT");
        assertThat(review).isWaitingAt(ResponsibilityReviewProcess.TASK_ANALYSE_CAUSES).task()
                .hasCandidateGroup("skhcn-leaders");

        Map<String, Object> findings = new HashMap<>();
        findings.put("objectiveCauses", "Nhà cung cấp gặp sự cố");
        findings.put("subjectiveCauses", "Không có");
        findings.put("followedPolicy", true);
        findings.put("pureMotive", true);
        findings.put("commonGood", true);
        findings.put("selfInterest", false);
        findings.put("shirkedResponsibility", false);
        findings.put("damageOccurred", false);
        scenario.complete("dung", review, ResponsibilityReviewProcess.TASK_ANALYSE_CAUSES, findings);
        assertThat(review).isEnded();
        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION).hasPassed(CALL_RISK_REVIEW);
        assertThat(scenario.variable(initiative, "protectionOutcome")).isEqualTo("LIABILITY_EXCLUDED");
    }

    @Test
    void anotherAgencysHeadCannotSuspendTheInitiative() {
        ProcessInstance initiative = approvedAndInImplementation();

        assertThatThrownBy(() -> scenario.correlate("khoa", initiative, MESSAGE_SUSPENDED, Map.of(REASON, "x")))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aMissedVoteDeadlineAcrossTetRemindsTheVotersAndEscalatesToHomeAffairs() {
        // Received Thu 12 Feb 2026; Fri 13 Feb is day 1, Tết runs 14-22 Feb, day 7 is Mon 2 March.
        scenario.clockAt(LocalDateTime.of(2026, 2, 12, 9, 0));
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.complete("binh", initiative, TASK_CAST_VOTE, Map.of("vote", "YES"));

        scenario.clockAt(LocalDateTime.of(2026, 3, 2, 23, 0));
        assertThat(scenario.runDueJobs(initiative)).isZero();
        scenario.clockAt(LocalDateTime.of(2026, 3, 3, 0, 30));
        assertThat(scenario.runDueJobs(initiative)).isEqualTo(1);

        assertThat(initiative).isWaitingAt(TASK_CAST_VOTE, TASK_HANDLE_ESCALATION);
        assertThat(tasks.getVariable(scenario.task(initiative, TASK_HANDLE_ESCALATION).getId(), "escalatedStep"))
                .isEqualTo("Biểu quyết đề xuất");
        Decision missed = last(initiative, "DEADLINE_MISSED");
        assertThat(missed.outcome()).isEqualTo(TASK_CAST_VOTE);
        assertThat(missed.details()).containsEntry("due", "02/03/2026").containsEntry("openTasks", 2);
        for (Task late : tasks.createTaskQuery().processInstanceId(initiative.getId()).taskDefinitionKey(TASK_CAST_VOTE).list()) {
            assertThat(late.getPriority()).isGreaterThanOrEqualTo(80);
            assertThat(tasks.getTaskComments(late.getId())).extracting(Comment::getFullMessage)
                    .anySatisfy(text -> assertThat(text).contains("quá hạn"));
        }
        scenario.complete("thu", initiative, TASK_HANDLE_ESCALATION, Map.of("escalationResponse", "Đã đôn đốc"));
        assertThat(last(initiative, "ESCALATION_HANDLED").reason()).isEqualTo("Đã đôn đốc");
        assertThat(initiative).isWaitingAt(TASK_CAST_VOTE);
    }

    @Test
    void missedPartyCityReportAndEvaluationDeadlinesEscalateWithoutDroppingTheCase() {
        scenario.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
        Map<String, Object> values = Scenario.registration("skhcn");
        values.put("plannedEndDate", "2026-06-30");
        ProcessInstance initiative = scenario.register("an", values);
        scenario.clockAt(LocalDateTime.of(2026, 6, 10, 9, 0));
        scenario.runDueJobs(initiative);
        assertThat(last(initiative, "DEADLINE_MISSED").outcome()).isEqualTo(TASK_GIVE_PARTY_OPINION);
        scenario.complete("giang", initiative, TASK_GIVE_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));

        scenario.clockAt(LocalDateTime.of(2026, 7, 10, 9, 0));
        scenario.runDueJobs(initiative);
        assertThat(last(initiative, "DEADLINE_MISSED").outcome()).isEqualTo(TASK_APPROVE_RESEARCH_POLICY);
        scenario.complete("son", initiative, TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));

        scenario.clockAt(LocalDateTime.of(2026, 7, 10, 10, 0));
        scenario.runDueJobs(initiative);
        assertThat(last(initiative, "DEADLINE_MISSED").outcome()).isEqualTo(SUBPROCESS_IMPLEMENTATION);
        reportAndOpine(initiative);

        scenario.clockAt(LocalDateTime.of(2026, 7, 30, 10, 0));
        scenario.runDueJobs(initiative);
        assertThat(last(initiative, "DEADLINE_MISSED").outcome()).isEqualTo(TASK_EVALUATE_RESULT);
        assertThat(initiative).isWaitingAt(TASK_EVALUATE_RESULT, TASK_HANDLE_ESCALATION);
    }

    @Test
    void aPreliminaryReviewFallsDueEveryCycleWhileImplementing() {
        scenario.clockAt(LocalDateTime.of(2026, 5, 4, 9, 0));
        ProcessInstance initiative = approvedAndInImplementation();
        scenario.clockAt(LocalDateTime.of(2026, 8, 5, 9, 0));
        scenario.runDueJobs(initiative);

        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION, TASK_REVIEW_PROGRESS);
        scenario.complete("an", initiative, TASK_REVIEW_PROGRESS, Map.of("progressReport", "Đạt 50% khối lượng"));
        assertThat(last(initiative, "PROGRESS_REVIEW").reason()).isEqualTo("Đạt 50% khối lượng");
    }

    private Job progressReviewTimer(ProcessInstance initiative) {
        return engine.getManagementService().createJobQuery().processInstanceId(initiative.getId())
                .activityId("BoundaryEvent_ProgressReviewDue").singleResult();
    }

    @Test
    void aChangedReviewIntervalAppliesFromTheReviewAfterTheNextOne() {
        scenario.clockAt(LocalDateTime.of(2026, 5, 4, 9, 0));
        ProcessInstance initiative = approvedAndInImplementation();
        ManagementService management = engine.getManagementService();
        Job review = progressReviewTimer(initiative);
        // as if the timer had been set while the interval was one month
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String repeat = jdbc.queryForObject("select REPEAT_ from ACT_RU_JOB where ID_ = ?", String.class, review.getId());
        assertThat(repeat).endsWith("/P3M");
        jdbc.update("update ACT_RU_JOB set REPEAT_ = ? where ID_ = ?", repeat.replace("/P3M", "/P1M"), review.getId());
        management.setJobDuedate(review.getId(), ServiceClock.toDate(LocalDateTime.of(2026, 6, 4, 9, 0)));

        scenario.clockAt(LocalDateTime.of(2026, 6, 4, 9, 0));
        scenario.runDueJobs(initiative);

        assertThat(initiative).isWaitingAt(TASK_REPORT_COMPLETION, TASK_REVIEW_PROGRESS);
        assertThat(ServiceClock.toLocalDateTime(progressReviewTimer(initiative).getDuedate()))
                .as("three months on, as configured now, not one").isEqualTo(LocalDateTime.of(2026, 9, 4, 9, 0));
    }

    @Test
    void everyDecisionRecordNamesWhoMadeItAndWhen() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        Map<String, String> actors = new LinkedHashMap<>();
        log.forInitiative(initiative.getBusinessKey()).forEach(d -> actors.put(d.type(), d.actor()));

        assertThat(actors).containsEntry("REGISTRATION_SUBMITTED", "an").containsEntry("PARTY_OPINION", "giang")
                .containsEntry("REGISTRATION_CHECK", DecisionLog.SYSTEM);
        assertThat(log.forInitiative(initiative.getBusinessKey())).allSatisfy(d -> assertThat(d.at()).isNotNull());
    }
}
