package vn.hcmc.initiatives.bench;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.reward.InitiativeRewardProcess;
import vn.hcmc.initiatives.support.Scenario;

/**
 * One complete initiative, through the Java API, with the task completions of
 * {@code InitiativeProcessTest.aCompletedInitiativeGoesToInstitutionalisationAndToTheRewardWithItsBusinessKey}:
 * register → party → 3 votes → city → report → party → evaluate COMPLETED → institutionalisation + reward
 * propose/review/follow-up. Each task is found with the same query on both engines and completed as its user,
 * who is authenticated on both, as Tasklist and the REST API authenticate every call (so both engines write the
 * user operation log); ours checks authorization, the raw engine does not (the starter's default).
 */
final class Lifecycle {

    static final List<String> USERS = List.of("an", "giang", "binh", "cuong", "dung", "son", "thu", "uyen");

    private final ProcessEngine engine;
    private final boolean raw;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    private Lifecycle(ProcessEngine engine, boolean raw) {
        this.engine = engine;
        this.raw = raw;
    }

    static Lifecycle ours(ProcessEngine engine) {
        return new Lifecycle(engine, false);
    }

    static Lifecycle raw(ProcessEngine engine) {
        return new Lifecycle(engine, true);
    }

    /** Runs lifecycle number {@code n} to its end; returns the initiative's process instance id. */
    String run(int n) {
        ProcessInstance initiative = as("an", () -> raw
                ? engine.getRuntimeService().startProcessInstanceByKey(KEY, "SK-RAW-" + n, rawStart("SK-RAW-" + n))
                : engine.getRuntimeService().startProcessInstanceByKey(KEY, Scenario.registration("skhcn")));
        String id = initiative.getId();
        complete("giang", id, TASK_GIVE_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
        for (String voter : List.of("binh", "cuong", "dung")) {
            complete(voter, id, TASK_CAST_VOTE, Map.of("vote", "YES"));
        }
        complete("son", id, TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));
        complete("an", id, TASK_REPORT_COMPLETION,
                Map.of("completionReport", "Đã triển khai xong", "completedOn", ServiceClock.today().toString()));
        complete("giang", id, TASK_GIVE_RESULT_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));
        complete("binh", id, TASK_EVALUATE_RESULT, Map.of("evaluationResult", "COMPLETED", "damageOccurred", false,
                "lessonsLearned", "Cần chuẩn hóa dữ liệu", "impactScope", "CITY", "replicable", true));
        complete("thu", id, TASK_CONSIDER_INSTITUTIONALISATION, Map.of("proposeToCentral", true, "cityWideRollout", true));
        String reward = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(id)
                .processDefinitionKey(InitiativeRewardProcess.KEY).singleResult().getId();
        complete("binh", reward, InitiativeRewardProcess.TASK_PROPOSE_REWARD, Map.of(
                "rewardForms", List.of("PUBLIC_COMMENDATION", "CITY_CERTIFICATE", "EARLY_SALARY_STEP"),
                "earlySalaryMonths", 12, "beneficiaries", "Nguyễn Văn An"));
        complete("uyen", reward, InitiativeRewardProcess.TASK_REVIEW_REWARD,
                Map.of("rewardDecision", "APPROVED", "rewardDecisionNo", "88/QĐ-HĐTĐKT", "reason", "Xứng đáng"));
        complete("thu", reward, InitiativeRewardProcess.TASK_RECORD_PERSONNEL_FOLLOW_UP,
                Map.of("personnelNotes", "Nâng lương trước hạn 12 tháng"));
        return id;
    }

    /**
     * The registration plus what our listeners and delegates would have computed (proposer, voters, groups,
     * an empty list of validation errors, the tally inputs): the raw engine only carries variables.
     */
    private static Map<String, Object> rawStart(String businessKey) {
        Map<String, Object> values = new HashMap<>(Scenario.registration("skhcn"));
        values.put(INITIATIVE_KEY, businessKey);
        values.put(PROPOSER_ID, "an");
        values.put(IMPLEMENTER_ID, "an");
        values.put(DECIDER_GROUP, "skhcn-head");
        values.put(EVALUATION_GROUP, "skhcn-head");
        values.put(PAUSED_WORKING_DAYS, 0);
        values.put(VALIDATION_ERRORS, List.of());
        values.put("voters", List.of("binh", "cuong", "dung"));
        values.put("eligibleVoters", 3);
        values.put("yesVotes", 3);
        values.put("noVotes", 0);
        values.put("headVote", "YES");
        return values;
    }

    private void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
        as(user, () -> {
            List<Task> mine = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKey(taskKey).or().taskAssignee(user).taskCandidateUser(user).endOr().list();
            if (mine.isEmpty()) {
                throw new IllegalStateException(user + " has no open " + taskKey + " in " + processInstanceId);
            }
            engine.getTaskService().complete(mine.get(0).getId(), variables);
            return null;
        });
    }

    private <T> T as(String user, Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        List<String> memberOf = groups.computeIfAbsent(user,
                u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
        identity.setAuthentication(user, memberOf);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
