package vn.hcmc.initiatives.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stages a running initiative can be in, by the activities it waits at; shared by metrics and dashboard. */
public final class InitiativeStages {

    public static final Map<String, List<String>> ACTIVITIES;
    static {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put("registration", List.of(InitiativeProcess.TASK_CORRECT_REGISTRATION));
        stages.put("party_opinion", List.of(InitiativeProcess.TASK_GIVE_PARTY_OPINION));
        stages.put("vote", List.of(InitiativeProcess.TASK_CAST_VOTE, InitiativeProcess.TASK_DECIDE_OVERRIDE));
        stages.put("city_decision", List.of(InitiativeProcess.TASK_APPROVE_RESEARCH_POLICY,
                InitiativeProcess.TASK_REVISE_REGISTRATION));
        stages.put("implementation", List.of(InitiativeProcess.TASK_REPORT_COMPLETION));
        stages.put("suspended", List.of(InitiativeProcess.WHILE_SUSPENDED));
        stages.put("result", List.of(InitiativeProcess.TASK_GIVE_RESULT_PARTY_OPINION, InitiativeProcess.TASK_EVALUATE_RESULT));
        stages.put("follow_up", List.of(InitiativeProcess.TASK_CONSIDER_INSTITUTIONALISATION,
                InitiativeProcess.CALL_REWARD, InitiativeProcess.CALL_RESPONSIBILITY_REVIEW));
        ACTIVITIES = java.util.Collections.unmodifiableMap(stages);
    }

    private InitiativeStages() {
    }
}
