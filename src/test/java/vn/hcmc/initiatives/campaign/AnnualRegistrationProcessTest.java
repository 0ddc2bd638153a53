package vn.hcmc.initiatives.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.initiatives.config.Database;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.deadline.WorkingDayCalendar;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The yearly campaign (P3815): every active agency registers at least one initiative. Each test runs its
 * own year, since a year has one campaign and the database is shared by all tests.
 */
@ServiceTest
@SuppressWarnings("unchecked")
class AnnualRegistrationProcessTest {

    private static final String START_PATH = "/engine-rest/process-definition/key/" + KEY + "/start";

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    DecisionLog log;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CampaignRegistration campaignRegistration;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Database database;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    OpeningDayFollowsSettings openingDay;

    @BeforeEach
    void engineForAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance open(int year, String deadline) {
        return scenario.as("thu", () -> runtime.startProcessInstanceByKey(KEY,
                Map.of(YEAR, year, REGISTRATION_DEADLINE, deadline)));
    }

    /** Registers, then waits until the campaign has been told (it is told after the commit, on its own thread). */
    private ProcessInstance registerFor(String user, String agency) {
        ProcessInstance initiative = scenario.register(user, Scenario.registration(agency));
        campaignDelivered();
        return initiative;
    }

    private void campaignDelivered() {
        assertThat(campaignRegistration.awaitDeliveries(Duration.ofSeconds(30))).as("campaign told in time").isTrue();
    }

    /** The agencies whose wait for a registration is still open. */
    private List<String> waiting(ProcessInstance campaign) {
        return runtime.createExecutionQuery().processInstanceId(campaign.getId()).activityId(TASK_AWAIT_REGISTRATION)
                .list().stream().map(e -> (String) runtime.getVariableLocal(e.getId(), AGENCY_CODE)).toList();
    }

    private List<Decision> decisions(int year, String type) {
        return log.forInitiative(businessKey(year)).stream().filter(d -> d.type().equals(type)).toList();
    }

    private Decision only(int year, String type, String agency) {
        List<Decision> matching = decisions(year, type).stream().filter(d -> agency.equals(d.agencyCode())).toList();
        assertThat(matching).as("%s of %s", type, agency).hasSize(1);
        return matching.get(0);
    }

    private List<Task> openTasks(ProcessInstance campaign, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(taskKey).list();
    }

    @Test
    void anAgencyThatRegisteredBeforeTheCampaignOpenedIsNotAskedToWait() {
        scenario.clockAt(LocalDateTime.of(2032, 1, 10, 9, 0));
        ProcessInstance initiative = registerFor("an", "skhcn");

        ProcessInstance campaign = open(2032, "2032-03-31");

        assertThat(campaign.getBusinessKey()).isEqualTo("DK-2032");
        assertThat(waiting(campaign)).contains("sxd", "pbenthanh").doesNotContain("skhcn");
        Decision registered = only(2032, "AGENCY_REGISTERED", "skhcn");
        assertThat(registered.outcome()).isEqualTo("BEFORE_CAMPAIGN");
        assertThat(registered.details()).containsEntry("initiatives", List.of(initiative.getBusinessKey()));
        Decision opened = decisions(2032, "CAMPAIGN_OPENED").get(0);
        assertThat(opened.actor()).isEqualTo("thu");
        assertThat(opened.outcome()).isEqualTo("MANUAL");
        assertThat(opened.details()).containsEntry(REGISTRATION_DEADLINE, "31/03/2032");
    }

    @Test
    void aRegistrationAfterTheCampaignOpenedEndsTheAgencysWaitAtOnce() {
        scenario.clockAt(LocalDateTime.of(2034, 1, 20, 9, 0));
        ProcessInstance campaign = open(2034, "2034-03-31");
        assertThat(waiting(campaign)).contains("sxd");

        ProcessInstance initiative = registerFor("hai", "sxd");

        assertThat(waiting(campaign)).contains("skhcn", "pbenthanh").doesNotContain("sxd");
        Decision registered = only(2034, "AGENCY_REGISTERED", "sxd");
        assertThat(registered.outcome()).isEqualTo("ON_TIME");
        assertThat(registered.actor()).isEqualTo("hai");
        assertThat(registered.details()).containsEntry("initiatives", List.of(initiative.getBusinessKey()));
        assertThat(initiative).isWaitingAt("Task_GivePartyOpinion");

        registerFor("hai", "sxd");
        assertThat(decisions(2034, "AGENCY_REGISTERED")).hasSize(1);
    }

    @Test
    void agenciesRegisteringAtTheSameMomentAllEndTheirWaits() throws Exception {
        scenario.clockAt(LocalDateTime.of(2045, 2, 1, 9, 0));
        ProcessInstance campaign = open(2045, "2045-03-31");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<ProcessInstance>> registrations = List.of(() -> registerFor("an", "skhcn"),
                () -> registerFor("hai", "sxd"), () -> registerFor("nam", "pbenthanh"));
        List<String> keys = new ArrayList<>();
        for (Future<ProcessInstance> registered : pool.invokeAll(registrations)) {
            keys.add(registered.get().getBusinessKey());
        }
        pool.shutdown();
        campaignDelivered();

        assertThat(keys).hasSize(3).allSatisfy(key -> assertThat(key).startsWith("SK-2045-"));
        assertThat(waiting(campaign)).doesNotContain("skhcn", "sxd", "pbenthanh");
        assertThat(decisions(2045, "AGENCY_REGISTERED")).extracting(Decision::agencyCode)
                .containsExactlyInAnyOrder("skhcn", "sxd", "pbenthanh");
    }

    @Test
    void aRegistrationDoesNotWaitForTheCampaignToTakeItsMessage() throws Exception {
        scenario.clockAt(LocalDateTime.of(2047, 1, 20, 9, 0));
        ProcessInstance campaign = open(2047, "2047-03-29");
        ExecutorService registering = Executors.newSingleThreadExecutor();
        Future<ProcessInstance> registration;
        // Another transaction holds the campaign's rows, as a busy campaign would: the campaign cannot take the
        // message now. The registration must commit and return all the same.
        try (Connection campaignBusy = dataSource.getConnection()) {
            campaignBusy.setAutoCommit(false);
            campaignBusy.createStatement().executeQuery(
                    "select id_ from act_ru_execution where proc_inst_id_ = '" + campaign.getId() + "' for update").close();
            registration = registering.submit(() -> scenario.register("hai", Scenario.registration("sxd")));
            ProcessInstance initiative = registration.get(20, TimeUnit.SECONDS);
            assertThat(initiative).isWaitingAt("Task_GivePartyOpinion");
            assertThat(waiting(campaign)).contains("sxd");
            campaignBusy.rollback();
        } finally {
            registering.shutdown();
        }

        campaignDelivered();
        assertThat(waiting(campaign)).doesNotContain("sxd");
        assertThat(only(2047, "AGENCY_REGISTERED", "sxd").details())
                .containsEntry("initiatives", List.of(registration.get().getBusinessKey()));
    }

    @Test
    void lateAgenciesAreRemindedThenExplainAndTheCityCommitteeHearsOfThemOnce() {
        scenario.clockAt(LocalDateTime.of(2035, 1, 15, 8, 0));
        ProcessInstance campaign = open(2035, "2035-03-31");
        scenario.clockAt(LocalDateTime.of(2035, 2, 1, 9, 0));
        registerFor("an", "skhcn");

        // The deadline is Sat 31 March 2035; five working days before it is Mon 26 March.
        scenario.clockAt(LocalDateTime.of(2035, 3, 25, 23, 0));
        assertThat(scenario.runDueJobs(campaign)).isZero();
        scenario.clockAt(LocalDateTime.of(2035, 3, 26, 8, 0));
        assertThat(scenario.runDueJobs(campaign)).isEqualTo(waiting(campaign).size());
        assertThat(only(2035, "REMINDER", "sxd").details()).containsEntry("remindedGroup", "sxd-head")
                .containsEntry("deadline", "31/03/2035");
        assertThat(decisions(2035, "REMINDER")).extracting(Decision::agencyCode).doesNotContain("skhcn");
        assertThat(waiting(campaign)).contains("sxd", "pbenthanh");

        scenario.clockAt(LocalDateTime.of(2035, 3, 31, 23, 59));
        assertThat(scenario.runDueJobs(campaign)).isZero();
        scenario.clockAt(LocalDateTime.of(2035, 4, 1, 0, 30));
        scenario.runDueJobs(campaign);

        assertThat(waiting(campaign)).isEmpty();
        assertThat(only(2035, "REGISTRATION_MISSED", "sxd").details()).containsEntry("deadline", "31/03/2035");
        assertThat(decisions(2035, "REGISTRATION_MISSED")).extracting(Decision::agencyCode).doesNotContain("skhcn");
        assertThat(openTasks(campaign, TASK_EXPLAIN_MISSING_REGISTRATION)).hasSizeGreaterThanOrEqualTo(2);
        List<Task> escalations = openTasks(campaign, TASK_RECEIVE_CAMPAIGN_ESCALATION);
        assertThat(escalations).hasSize(1);
        assertThat(escalations.get(0)).satisfies(t -> assertThat(tasks.getIdentityLinksForTask(t.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("city-committee")));
        assertThat((List<Object>) runtime.getVariable(campaign.getId(), LATE_AGENCIES)).contains("sxd", "pbenthanh")
                .doesNotContain("skhcn");
        assertThat((String) runtime.getVariable(campaign.getId(), LATE_AGENCIES_TEXT))
                .contains("- Sở Xây dựng (sxd)", "- UBND phường Bến Thành (pbenthanh)").doesNotContain("skhcn");

        scenario.complete("khoa", campaign, TASK_EXPLAIN_MISSING_REGISTRATION,
                Map.of(EXPLANATION, "Đang hoàn thiện hồ sơ, sẽ đăng ký trước 15/04"));
        assertThatThrownBy(() -> scenario.taskOf("khoa", campaign, TASK_EXPLAIN_MISSING_REGISTRATION))
                .isInstanceOf(AssertionError.class);
        scenario.complete("oanh", campaign, TASK_EXPLAIN_MISSING_REGISTRATION, Map.of(EXPLANATION, "Thiếu nhân sự"));
        for (Task other : openTasks(campaign, TASK_EXPLAIN_MISSING_REGISTRATION)) {
            tasks.complete(other.getId(), Map.of(EXPLANATION, "Cơ quan khác"));
        }
        assertThat(openTasks(campaign, TASK_REVIEW_CAMPAIGN_REPORT)).isEmpty();
        scenario.complete("son", campaign, TASK_RECEIVE_CAMPAIGN_ESCALATION, Map.of(CITY_DIRECTION, "Đôn đốc đăng ký"));

        assertThat(campaign).isWaitingAt(TASK_REVIEW_CAMPAIGN_REPORT).task().hasCandidateGroup("home-affairs");
        assertThat((String) runtime.getVariable(campaign.getId(), CAMPAIGN_REPORT_TEXT))
                .contains("| Cơ quan |", "Sở Khoa học và Công nghệ (skhcn) | 1 |", "Sở Xây dựng (sxd) | 0 |", "Tổng cộng");
        scenario.complete("thu", campaign, TASK_REVIEW_CAMPAIGN_REPORT, Map.of(REPORT_NOTES, "Báo cáo UBND Thành phố"));

        assertThat(campaign).isEnded().hasPassed(END_CAMPAIGN_CLOSED);
        Decision explained = only(2035, "MISSING_REGISTRATION_EXPLAINED", "sxd");
        assertThat(explained.actor()).isEqualTo("khoa");
        assertThat(explained.reason()).isEqualTo("Đang hoàn thiện hồ sơ, sẽ đăng ký trước 15/04");
        assertThat(decisions(2035, "CAMPAIGN_ESCALATION_RECEIVED").get(0).actor()).isEqualTo("son");
        assertThat(decisions(2035, "AGENCY_REGISTERED")).extracting(Decision::agencyCode).containsExactly("skhcn");
        assertThat(log.forInitiative(businessKey(2035)).stream().map(Decision::type).toList()).containsSubsequence(
                "CAMPAIGN_OPENED", "AGENCY_REGISTERED", "REMINDER", "REGISTRATION_MISSED",
                "MISSING_REGISTRATION_EXPLAINED", "CAMPAIGN_ESCALATION_RECEIVED", "CAMPAIGN_REPORT",
                "CAMPAIGN_REPORT_REVIEWED");
    }

    @Test
    void aRegistrationWhoseMessageWasLostStillCountsAtTheDeadline() {
        scenario.clockAt(LocalDateTime.of(2046, 1, 20, 9, 0));
        ProcessInstance campaign = open(2046, "2046-03-30");
        // As if the message after the registration's commit had not reached the campaign.
        jdbc.update("insert into decision_log (business_key, process_key, agency_code, recorded_at, type, actor)"
                + " values ('SK-2046-sxd-0001', 'initiative', 'sxd', ?, 'REGISTRATION_SUBMITTED', 'hai')",
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
        assertThat(waiting(campaign)).contains("sxd");

        scenario.clockAt(LocalDateTime.of(2046, 3, 29, 9, 0));
        scenario.runDueJobs(campaign);
        scenario.clockAt(LocalDateTime.of(2046, 3, 31, 0, 30));
        scenario.runDueJobs(campaign);

        assertThat(only(2046, "AGENCY_REGISTERED", "sxd").outcome()).isEqualTo("FOUND_AT_DEADLINE");
        assertThat(decisions(2046, "REGISTRATION_MISSED")).extracting(Decision::agencyCode)
                .contains("skhcn", "pbenthanh").doesNotContain("sxd");
        assertThat(openTasks(campaign, TASK_EXPLAIN_MISSING_REGISTRATION)).noneSatisfy(t -> assertThat(
                tasks.getIdentityLinksForTask(t.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("sxd-head")));
        assertThat((List<Object>) runtime.getVariable(campaign.getId(), LATE_AGENCIES)).doesNotContain("sxd");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(campaign.getId())
                .activityId(END_REGISTRATION_FOUND_AT_DEADLINE).count()).isEqualTo(1);
    }

    @Test
    void whenEveryAgencyRegisteredTheReportFollowsTheDeadlineWithoutEscalation() {
        scenario.clockAt(LocalDateTime.of(2039, 1, 16, 9, 0));
        ProcessInstance campaign = open(2039, "2039-03-31");
        registerFor("an", "skhcn");
        registerFor("hai", "sxd");
        registerFor("nam", "pbenthanh");
        for (Execution other : runtime.createExecutionQuery().processInstanceId(campaign.getId())
                .activityId(TASK_AWAIT_REGISTRATION).list()) {
            runtime.createMessageCorrelation(MESSAGE_INITIATIVE_REGISTERED).processInstanceId(campaign.getId())
                    .localVariableEquals(AGENCY_CODE, runtime.getVariableLocal(other.getId(), AGENCY_CODE)).correlate();
        }
        assertThat(campaign).isWaitingAt(REGISTRATION_CLOSED);

        scenario.clockAt(LocalDateTime.of(2039, 4, 1, 0, 30));
        scenario.runDueJobs(campaign);

        assertThat(campaign).isWaitingAt(TASK_REVIEW_CAMPAIGN_REPORT);
        assertThat(openTasks(campaign, TASK_RECEIVE_CAMPAIGN_ESCALATION)).isEmpty();
        assertThat(decisions(2039, "REGISTRATION_CLOSED").get(0).outcome()).isEqualTo("ALL_REGISTERED");
        assertThat(decisions(2039, "REMINDER")).isEmpty();
    }

    @Test
    void aSecondCampaignForTheSameYearIsRefusedThroughRest() throws Exception {
        scenario.clockAt(LocalDateTime.of(2036, 1, 5, 9, 0));
        Map<String, Object> start = Rest.variables(Map.of(YEAR, 2036, REGISTRATION_DEADLINE, "2036-03-31"));

        ResponseEntity<String> first = rest.post("thu", START_PATH, start);
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(first.getBody()).path("businessKey").asText()).isEqualTo("DK-2036");

        ResponseEntity<String> second = rest.post("thu", START_PATH, start);
        assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode refusal = json.readTree(second.getBody());
        assertThat(refusal.path("field").asText()).isEqualTo(YEAR);
        assertThat(refusal.path("message").asText()).contains("2036", "DK-2036");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("DK-2036").count()).isEqualTo(1);
    }

    @Test
    void aCampaignWhoseHistoryTheRetentionRemovedStillBarsASecondOneForItsYear() throws Exception {
        scenario.clockAt(LocalDateTime.of(2022, 1, 10, 9, 0));
        ProcessInstance campaign = open(2022, "2022-03-31");
        scenario.campaignRunsToItsEnd(campaign, LocalDateTime.of(2022, 4, 1, 0, 30));

        scenario.clockAt(LocalDateTime.of(2027, 6, 1, 9, 0));
        scenario.runHistoryCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(campaign.getId()).count())
                .as("the campaign's history, 5 years after its end").isZero();

        ResponseEntity<String> again = rest.post("thu", START_PATH,
                Rest.variables(Map.of(YEAR, 2022, REGISTRATION_DEADLINE, "2027-12-31")));
        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode refusal = json.readTree(again.getBody());
        assertThat(refusal.path("field").asText()).isEqualTo(YEAR);
        assertThat(refusal.path("message").asText()).contains("2022", "DK-2022", "đã kết thúc");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("DK-2022").count()).isZero();
    }

    @Test
    void aYearWhoseOnlyCampaignAnAdministratorCancelledCanBeOpenedAgainAlsoAfterItsHistoryIsGone() {
        scenario.clockAt(LocalDateTime.of(2023, 1, 10, 9, 0));
        ProcessInstance cancelled = open(2023, "2023-03-31");
        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + cancelled.getId(), null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(decisions(2023, "PROCESS_CANCELLED")).extracting(Decision::actor).containsExactly("admin");

        scenario.clockAt(LocalDateTime.of(2028, 6, 1, 9, 0));
        scenario.runHistoryCleanup();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(cancelled.getId()).count()).isZero();

        ProcessInstance campaign = open(2023, "2028-12-31");
        assertThat(campaign.getBusinessKey()).isEqualTo("DK-2023");
        assertThat(campaign).isActive();
    }

    @Test
    void ofTwoOpeningsOfOneYearAtTheSameMomentTheLaterIsRefused() throws Exception {
        assumeTrue(database.isPostgres(), "PostgreSQL only: the year's lock (CampaignYearLock); H2 has none");
        scenario.clockAt(LocalDateTime.of(2049, 1, 5, 9, 0));
        CountDownLatch firstOpened = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first opening has run and its transaction is still open: nothing of it is visible yet.
            Future<String> first = pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                String id;
                try {
                    id = open(2049, "2049-03-31").getId();
                } finally {
                    firstOpened.countDown();
                }
                await(commitFirst);
                return id;
            }));
            assertThat(firstOpened.await(30, TimeUnit.SECONDS)).isTrue();
            if (first.isDone()) {
                first.get(); // the first opening failed: show why
            }
            Future<ProcessInstance> second = pool.submit(() -> open(2049, "2049-03-31"));
            Thread.sleep(500);
            assertThat(second).as("waits for the first opening's transaction").isNotDone();
            commitFirst.countDown();

            String firstId = first.get(30, TimeUnit.SECONDS);
            // the refusal a manual start gets (REST: 400 naming year), inside the listener expression's wrapper
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).rootCause()
                    .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith(YEAR + ":").hasMessageContaining("DK-2049");
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("DK-2049").list())
                    .extracting(ProcessInstance::getId).containsExactly(firstId);
        } finally {
            commitFirst.countDown();
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCampaignNeedsAYearAndADeadlineStillAhead() throws Exception {
        scenario.clockAt(LocalDateTime.of(2042, 2, 1, 9, 0));
        Map<Map<String, Object>, String> refused = Map.of(
                Map.of(YEAR, 1999, REGISTRATION_DEADLINE, "2042-03-31"), YEAR,
                Map.of(YEAR, 2044, REGISTRATION_DEADLINE, "2044-03-31"), YEAR,
                Map.of(YEAR, "năm nay", REGISTRATION_DEADLINE, "2042-03-31"), YEAR,
                Map.of(YEAR, 2043), REGISTRATION_DEADLINE,
                Map.of(YEAR, 2043, REGISTRATION_DEADLINE, "31/03/2043"), REGISTRATION_DEADLINE,
                Map.of(YEAR, 2043, REGISTRATION_DEADLINE, "2042-01-31"), REGISTRATION_DEADLINE);
        for (Map.Entry<Map<String, Object>, String> bad : refused.entrySet()) {
            ResponseEntity<String> answer = rest.post("thu", START_PATH, Rest.variables(bad.getKey()));
            assertThat(answer.getStatusCode()).as("%s: %s", bad.getKey(), answer.getBody())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(answer.getBody()).path("field").asText()).isEqualTo(bad.getValue());
        }
        assertThat(rest.post("an", START_PATH, Rest.variables(Map.of(YEAR, 2043, REGISTRATION_DEADLINE, "2043-03-31")))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("DK-204%").list())
                .extracting(ProcessInstance::getBusinessKey).doesNotContain("DK-2042", "DK-2043", "DK-2044");
    }

    @Test
    void aDeactivatedAgencyIsNotAskedInTheNextCampaign() {
        scenario.clockAt(LocalDateTime.of(2037, 1, 5, 9, 0));
        assertThat(rest.post("thu", "/api/agencies", Map.of("code", "sgtvt", "name", "Sở Giao thông vận tải",
                "kind", "DEPARTMENT")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ProcessInstance asked = open(2037, "2037-03-31T17:00:00+07:00");
        assertThat(waiting(asked)).contains("sgtvt", "skhcn");
        assertThat(runtime.getVariable(asked.getId(), REGISTRATION_DEADLINE_TEXT)).isEqualTo("31/03/2037 17:00");

        assertThat(rest.exchange("thu", HttpMethod.PUT, "/api/agencies/sgtvt", Map.of("active", false))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        scenario.clockAt(LocalDateTime.of(2038, 1, 5, 9, 0));
        ProcessInstance next = open(2038, "2038-03-31");

        assertThat(waiting(next)).contains("skhcn").doesNotContain("sgtvt");
        assertThat((List<Object>) decisions(2038, "CAMPAIGN_OPENED").get(0).details().get("agencies"))
                .contains("skhcn").doesNotContain("sgtvt");
    }

    private Job yearlyClock() {
        return management.createJobQuery().processDefinitionKey(SCHEDULE_KEY).activityId(SCHEDULE_TIMER).singleResult();
    }

    /** When the yearly clock falls due, in Hồ Chí Minh City. */
    private LocalDateTime yearlyClockDue() {
        return ServiceClock.toLocalDateTime(yearlyClock().getDuedate());
    }

    @Test
    void theCampaignOpensItselfOnTheConfiguredDayOncePerYear() {
        Job timer = yearlyClock();
        ZonedDateTime due = ZonedDateTime.ofInstant(timer.getDuedate().toInstant(), ServiceClock.ZONE);
        assertThat(due.toLocalDate().getMonthValue()).isEqualTo(1);
        assertThat(due.toLocalDate().getDayOfMonth()).isEqualTo(15);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(timer.getDuedate()).isAfter(new Date()).isBefore(Date.from(ZonedDateTime.now().plusYears(1).toInstant()));

        scenario.clockAt(LocalDateTime.of(2040, 1, 15, 7, 0, 1));
        management.executeJob(timer.getId());

        ProcessInstance campaign = runtime.createProcessInstanceQuery().processInstanceBusinessKey("DK-2040").singleResult();
        assertThat(campaign).isNotNull();
        assertThat(runtime.getVariable(campaign.getId(), REGISTRATION_DEADLINE))
                .isEqualTo(ServiceClock.startOf(LocalDate.of(2040, 4, 1)));
        assertThat(runtime.getVariable(campaign.getId(), YEAR)).isEqualTo(2040);
        assertThat(waiting(campaign)).contains("skhcn", "sxd", "pbenthanh");
        assertThat(decisions(2040, "CAMPAIGN_OPENED").get(0).actor()).isEqualTo(DecisionLog.SYSTEM);

        Job next = yearlyClock();
        assertThat(ServiceClock.toLocalDateTime(next.getDuedate()))
                .isEqualTo(LocalDateTime.of(2041, 1, 15, 7, 0));
        long skippedBefore = history.createHistoricActivityInstanceQuery().activityId(END_ALREADY_OPEN).count();
        management.executeJob(next.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("DK-2040").count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().activityId(END_ALREADY_OPEN).count())
                .isEqualTo(skippedBefore + 1);
    }

    /** The service's start-up step as it runs with {@code initiatives.campaign.start-date} set to {@code day}. */
    private OpeningDayFollowsSettings openingDaySetTo(String day) {
        return new OpeningDayFollowsSettings(management, new CampaignSchedule(
                new CampaignSettings(MonthDay.parse(day), MonthDay.parse("--12-31"), 5), calendar));
    }

    @Test
    void aChangedOpeningDayMovesTheWaitingClockAtTheNextStart() {
        Date before = yearlyClock().getDuedate();
        int year = ServiceClock.toLocalDateTime(before).getYear();
        try {
            openingDaySetTo("--02-01").apply();
            assertThat(yearlyClockDue()).isEqualTo(LocalDateTime.of(year, 2, 1, 7, 0));

            scenario.clockAt(LocalDateTime.of(year, 1, 10, 9, 0));
            openingDaySetTo("--01-05").apply();
            assertThat(yearlyClockDue()).as("a day already past in that year: at once")
                    .isEqualTo(LocalDateTime.of(year, 1, 10, 9, 0));
        } finally {
            ClockUtil.reset();
            openingDay.apply();
        }
        assertThat(yearlyClock().getDuedate().toInstant()).as("back on the configured day").isEqualTo(before.toInstant());
    }

    @Test
    void theYearlyClockReadsTheOpeningDayAgainEachTimeItFires() {
        Job clock = yearlyClock();
        Date before = clock.getDuedate();
        // as if the clock had been set while the opening day was 1 February
        jdbc.update("update ACT_RU_JOB set REPEAT_ = ? where ID_ = ?", "R/2027-02-01T07:00+07:00/P1Y", clock.getId());

        scenario.clockAt(LocalDateTime.of(2055, 1, 15, 7, 0, 1));
        management.executeJob(clock.getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("DK-2055").count()).isEqualTo(1);
        assertThat(yearlyClockDue()).as("the configured 15 January, not the 1 February it was set with")
                .isEqualTo(LocalDateTime.of(2056, 1, 15, 7, 0));
        management.setJobDuedate(yearlyClock().getId(), before); // the other tests find the clock where the service put it
    }

    @Test
    void aRegistrationInAYearWithoutCampaignGoesOnAsUsual() {
        scenario.clockAt(LocalDateTime.of(2041, 2, 2, 9, 0));

        ProcessInstance initiative = registerFor("an", "skhcn");

        assertThat(initiative).isWaitingAt("Task_GivePartyOpinion");
        assertThat(log.forInitiative(businessKey(2041))).isEmpty();
    }
}
