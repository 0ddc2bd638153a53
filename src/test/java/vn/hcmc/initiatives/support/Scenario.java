package vn.hcmc.initiatives.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import vn.hcmc.initiatives.campaign.AnnualRegistrationProcess;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.registration.InitiativeProcess;

/** Drives the service as its users do: each step as a logged-in demo user, with the engine's checks on. */
@TestComponent
public class Scenario {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final HistoryService history;

    Scenario(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management,
             HistoryService history) {
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
    }

    /** A complete registration for the agency, planned to end six months from today. */
    public static Map<String, Object> registration(String agencyCode) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "Thí điểm cấp phép xây dựng trực tuyến");
        values.put("agencyCode", agencyCode);
        values.put("year", ServiceClock.today().getYear());
        values.put("origin", "SELF_PROPOSED");
        values.put("bottleneck", "Hồ sơ giấy phải nộp trực tiếp, chậm trễ");
        values.put("bottleneckType", "OUTDATED");
        values.put("content", "Cho phép nộp và trả kết quả trực tuyến");
        values.put("scope", "Toàn sở");
        values.put("implementers", "Phòng Quản lý hoạt động xây dựng");
        values.put("plannedEndDate", ServiceClock.today().plusMonths(6).toString());
        values.put("resources", "3 cán bộ, 200 triệu đồng");
        values.put("feasibility", "Cao: hạ tầng đã có");
        values.put("impact", "Giảm thời gian; rủi ro an toàn thông tin");
        values.put("expectedEffect", "Giảm 50% thời gian giải quyết");
        return values;
    }

    public ProcessInstance register(String user, Map<String, Object> values) {
        return as(user, () -> runtime.startProcessInstanceByKey(InitiativeProcess.KEY, values));
    }

    /** Starts a registration and takes it through the party opinion, ready for the vote. */
    public ProcessInstance registeredAndOpined(String user, String agency, String party) {
        ProcessInstance initiative = register(user, registration(agency));
        complete(party, initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
        return initiative;
    }

    public Task task(ProcessInstance instance, String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
        assertThat(open).as("open tasks %s", taskKey).isNotEmpty();
        return open.get(0);
    }

    public Task taskOf(String user, ProcessInstance instance, String taskKey) {
        return as(user, () -> {
            List<Task> mine = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                    .or().taskAssignee(user).taskCandidateUser(user).endOr().list();
            assertThat(mine).as("%s's open %s", user, taskKey).isNotEmpty();
            return mine.get(0);
        });
    }

    public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = taskOf(user, instance, taskKey);
        as(user, () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    public void voteAll(ProcessInstance instance, Map<String, String> votes) {
        votes.forEach((voter, vote) -> complete(voter, instance, InitiativeProcess.TASK_CAST_VOTE, Map.of("vote", vote)));
    }

    public <T> T as(String user, Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public void correlate(String user, ProcessInstance instance, String message, Map<String, Object> variables) {
        as(user, () -> {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(instance.getBusinessKey())
                    .setVariables(variables).correlate();
            return null;
        });
    }

    public void clockAt(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(ServiceClock.toDate(localTime));
    }

    /** Runs the jobs of the instance that are due at the engine clock, as the job executor would. */
    public int runDueJobs(ProcessInstance instance) {
        List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }

    /**
     * Runs an open campaign to its end the shortest way: no agency registers, the reminders go out the day before
     * {@code afterDeadline} and the deadline passes at it, each late agency explains, the city committee gives its
     * direction and home affairs reviews the report.
     */
    public void campaignRunsToItsEnd(ProcessInstance campaign, LocalDateTime afterDeadline) {
        clockAt(afterDeadline.minusDays(1));
        runDueJobs(campaign);
        clockAt(afterDeadline);
        runDueJobs(campaign);
        for (Task explanation : tasks.createTaskQuery().processInstanceId(campaign.getId())
                .taskDefinitionKey(AnnualRegistrationProcess.TASK_EXPLAIN_MISSING_REGISTRATION).list()) {
            tasks.complete(explanation.getId(), Map.of(AnnualRegistrationProcess.EXPLANATION, "Chưa kịp đăng ký"));
        }
        complete("son", campaign, AnnualRegistrationProcess.TASK_RECEIVE_CAMPAIGN_ESCALATION,
                Map.of(AnnualRegistrationProcess.CITY_DIRECTION, "Đôn đốc đăng ký"));
        complete("thu", campaign, AnnualRegistrationProcess.TASK_REVIEW_CAMPAIGN_REPORT,
                Map.of(AnnualRegistrationProcess.REPORT_NOTES, "Báo cáo UBND Thành phố"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaign.getId()).count())
                .as("the campaign has ended").isZero();
    }

    /** Runs the history cleanup now, at the engine clock, as the job executor does in the night's window. */
    public void runHistoryCleanup() {
        management.executeJob(history.cleanUpHistoryAsync(true).getId());
    }

    /** A variable of an instance that may have ended. */
    public Object historicVariable(ProcessInstance instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

    public Object variable(ProcessInstance instance, String name) {
        return runtime.getVariable(instance.getId(), name);
    }
}
