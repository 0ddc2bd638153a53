package vn.hcmc.initiatives.registration;

import java.util.List;

/** Keys, element ids, variable and message names of process {@code initiative}. */
public final class InitiativeProcess {

    public static final String KEY = "initiative";
    /** Lets an agency head suspend, resume or stop an initiative from Tasklist. */
    public static final String CONTROL_KEY = "initiative-control";
    /** Lets an agency head report a risk or damage from Tasklist. */
    public static final String RISK_REPORT_KEY = "risk-report";

    // element ids
    public static final String START_EVENT = "StartEvent_InitiativeSubmitted";
    public static final String TASK_CORRECT_REGISTRATION = "Task_CorrectRegistration";
    public static final String TASK_GIVE_PARTY_OPINION = "Task_GivePartyOpinion";
    public static final String TASK_CAST_VOTE = "Task_CastVote";
    public static final String TALLY_VOTES = "BusinessRuleTask_TallyVotes";
    public static final String TASK_DECIDE_OVERRIDE = "Task_DecideOverride";
    public static final String TASK_APPROVE_RESEARCH_POLICY = "Task_ApproveResearchPolicy";
    public static final String TASK_REVISE_REGISTRATION = "Task_ReviseRegistration";
    public static final String SUBPROCESS_IMPLEMENTATION = "SubProcess_Implementation";
    public static final String TASK_REVIEW_PROGRESS = "Task_ReviewProgress";
    public static final String TASK_REPORT_COMPLETION = "Task_ReportCompletion";
    public static final String TASK_GIVE_RESULT_PARTY_OPINION = "Task_GiveResultPartyOpinion";
    public static final String TASK_EVALUATE_RESULT = "Task_EvaluateResult";
    public static final String TASK_CONSIDER_INSTITUTIONALISATION = "Task_ConsiderInstitutionalisation";
    public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";
    public static final String CALL_REWARD = "CallActivity_RewardInitiative";
    public static final String CALL_RESPONSIBILITY_REVIEW = "CallActivity_ReviewResponsibility";
    public static final String CALL_RISK_REVIEW = "CallActivity_ReviewRiskResponsibility";
    public static final String WHILE_SUSPENDED = "Gateway_WhileSuspended";
    public static final String PARTY_OPINION_DEADLINE = "BoundaryEvent_PartyOpinionDeadlinePassed";
    public static final String VOTE_DEADLINE = "BoundaryEvent_VoteDeadlinePassed";
    public static final String CITY_DECISION_DEADLINE = "BoundaryEvent_CityDecisionDeadlinePassed";
    public static final String COMPLETION_REPORT_DEADLINE = "BoundaryEvent_CompletionReportDeadlinePassed";
    public static final String EVALUATION_DEADLINE = "BoundaryEvent_EvaluationDeadlinePassed";
    public static final String PROGRESS_REVIEW_DUE = "BoundaryEvent_ProgressReviewDue";
    public static final String END_COMPLETED = "EndEvent_InitiativeCompleted";
    public static final String END_REJECTED = "EndEvent_InitiativeRejected";
    public static final String END_REJECTED_BY_CITY = "EndEvent_ResearchPolicyRejected";
    public static final String END_STOPPED = "EndEvent_InitiativeStopped";
    public static final String END_STOPPED_WHILE_SUSPENDED = "EndEvent_StoppedWhileSuspended";
    public static final String END_RESULT_RECORDED = "EndEvent_ResultRecorded";

    // decision-log record types that other packages read back (reports, dashboard, reviews, the log's own API)
    /** The registration's record: it names the agency the initiative is registered for, for good. */
    public static final String RECORD_SUBMITTED = "REGISTRATION_SUBMITTED";
    public static final String RECORD_HEAD_OVERRIDE = "HEAD_OVERRIDE";
    public static final String RECORD_RESULT_EVALUATION = "RESULT_EVALUATION";

    // messages
    public static final String MESSAGE_SUSPENDED = "InitiativeSuspended";
    public static final String MESSAGE_RESUMED = "InitiativeResumed";
    public static final String MESSAGE_STOPPED = "InitiativeStopped";
    public static final String MESSAGE_RISK_REPORTED = "RiskReported";

    // registration variables (CONTRACT.md)
    public static final String TITLE = "title";
    public static final String AGENCY_CODE = "agencyCode";
    public static final String YEAR = "year";
    public static final String ORIGIN = "origin";
    public static final String BOTTLENECK = "bottleneck";
    public static final String BOTTLENECK_TYPE = "bottleneckType";
    public static final String CONTENT = "content";
    public static final String SCOPE = "scope";
    public static final String IMPLEMENTERS = "implementers";
    public static final String PLANNED_END_DATE = "plannedEndDate";
    public static final String RESOURCES = "resources";
    public static final String FEASIBILITY = "feasibility";
    public static final String IMPACT = "impact";
    public static final String EXPECTED_EFFECT = "expectedEffect";
    public static final List<String> REGISTRATION_FIELDS = List.of(TITLE, AGENCY_CODE, YEAR, ORIGIN, BOTTLENECK,
            BOTTLENECK_TYPE, CONTENT, SCOPE, IMPLEMENTERS, PLANNED_END_DATE, RESOURCES, FEASIBILITY, IMPACT,
            EXPECTED_EFFECT);

    // variables the service sets
    public static final String PROPOSER_ID = "proposerId";
    public static final String PROPOSER_NAME = "proposerName";
    public static final String IMPLEMENTER_ID = "implementerId";
    public static final String INITIATIVE_KEY = "initiativeKey";
    public static final String AGENCY_NAME = "agencyName";
    public static final String DECIDER_GROUP = "deciderGroup";
    public static final String EVALUATION_GROUP = "evaluationGroup";
    public static final String VALIDATION_ERRORS = "validationErrors";
    public static final String VALIDATION_MESSAGES = "validationMessages";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String VOTERS = "voters";
    public static final String ELIGIBLE_VOTERS = "eligibleVoters";
    public static final String YES_VOTES = "yesVotes";
    public static final String NO_VOTES = "noVotes";
    public static final String HEAD_VOTE = "headVote";
    public static final String HEAD_ID = "headId";
    public static final String VOTE = "vote";
    public static final String VOTE_OUTCOME = "voteOutcome";
    public static final String PERSONALLY_RESPONSIBLE = "personallyResponsible";
    public static final String RESPONSIBLE_BODY = "responsibleBody";
    public static final String OVERRIDE_DECISION = "overrideDecision";
    public static final String OVERRIDE_DOCUMENT_NO = "overrideDocumentNo";
    public static final String CITY_DECISION = "cityDecision";
    public static final String REPORT_RECEIVED_AT = "reportReceivedAt";
    public static final String PAUSED_WORKING_DAYS = "pausedWorkingDays";
    public static final String SUSPENDED_AT = "suspendedAt";
    public static final String EVALUATION_RESULT = "evaluationResult";
    public static final String REASON = "reason";
    public static final String DAMAGE_DESCRIPTION = "damageDescription";
    public static final String OUTCOME = "outcome";

    private InitiativeProcess() {
    }
}
