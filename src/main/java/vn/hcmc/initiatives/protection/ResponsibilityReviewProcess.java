package vn.hcmc.initiatives.protection;

import java.util.List;

/**
 * Keys, element ids and variable names of process {@code responsibility-review} (D73 art. 6, 11; KL14;
 * P3815). It runs under the initiative's business key, so its decisions join the initiative's log.
 */
public final class ResponsibilityReviewProcess {

    public static final String KEY = "responsibility-review";

    // element ids
    public static final String START_EVENT = "StartEvent_ReviewRequested";
    public static final String TASK_ANALYSE_CAUSES = "Task_AnalyseCauses";
    public static final String CHECK_SUSPEND_OR_STOP_COMPLIANCE = "ServiceTask_CheckSuspendOrStopCompliance";
    public static final String DETERMINE_PROTECTION = "BusinessRuleTask_DetermineProtection";
    public static final String GATEWAY_PROTECTION_OUTCOME = "Gateway_ProtectionOutcome";
    public static final String TASK_DECIDE_EXEMPTION = "Task_DecideExemption";
    public static final String TASK_HANDLE_VIOLATION = "Task_HandleViolation";
    public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";
    public static final String CAUSE_ANALYSIS_DEADLINE = "BoundaryEvent_CauseAnalysisDeadlinePassed";
    public static final String END_NO_LIABILITY = "EndEvent_NoLiability";
    public static final String END_LIABILITY_EXCLUDED = "EndEvent_LiabilityExcluded";
    public static final String END_EXEMPTION_DECIDED = "EndEvent_ExemptionDecided";
    public static final String END_VIOLATION_REFERRED = "EndEvent_ViolationReferred";
    public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";

    // what the caller passes (the initiative's call activity) or the start listener finds in its history
    public static final String INITIATIVE_KEY = "initiativeKey";
    public static final String AGENCY_CODE = "agencyCode";
    public static final String AGENCY_NAME = "agencyName";
    public static final String TITLE = "title";
    public static final String EVALUATION_RESULT = "evaluationResult";
    public static final String DAMAGE_DESCRIPTION = "damageDescription";
    public static final String PERSONALLY_RESPONSIBLE = "personallyResponsible";
    public static final String RESPONSIBLE_BODY = "responsibleBody";
    public static final String REVIEW_TRIGGER = "reviewTrigger";
    /** The start form's grounds for a review that home affairs starts alone. */
    public static final String REVIEW_REASON = "reviewReason";

    /** The facts of the initiative a standalone review copies from its history. */
    public static final List<String> INITIATIVE_FACTS = List.of(AGENCY_CODE, TITLE, AGENCY_NAME, EVALUATION_RESULT,
            RESPONSIBLE_BODY, PERSONALLY_RESPONSIBLE, DAMAGE_DESCRIPTION, "damageOccurred");

    // reviewTrigger values
    public static final String TRIGGER_RESULT = "RESULT";
    public static final String TRIGGER_RISK_REPORT = "RISK_REPORT";
    public static final String TRIGGER_STANDALONE = "STANDALONE";
    public static final List<String> TRIGGERS = List.of(TRIGGER_RESULT, TRIGGER_RISK_REPORT, TRIGGER_STANDALONE);

    // responsibleBody values (set by the initiative's vote tally or the head's override)
    public static final String COLLECTIVE_LEADERSHIP = "COLLECTIVE_LEADERSHIP";
    public static final String HEAD_PERSONALLY = "HEAD_PERSONALLY";

    // variables the review sets
    public static final String REVIEW_REQUESTED_AT = "reviewRequestedAt";
    /** Who bears responsibility, in words, for the forms and the log. */
    public static final String RESPONSIBILITY_BEARER = "responsibilityBearer";
    public static final String ANALYSED_BY = "analysedBy";
    public static final String IGNORED_SUSPEND_OR_STOP = ProtectionOutcomeDecision.INPUT_IGNORED_SUSPEND_OR_STOP;
    public static final String SUSPEND_OR_STOP_EVIDENCE = "suspendOrStopEvidence";
    public static final String PROTECTION_OUTCOME = ProtectionOutcomeDecision.OUTPUT_PROTECTION_OUTCOME;

    // Task_AnalyseCauses
    public static final String OBJECTIVE_CAUSES = "objectiveCauses";
    public static final String SUBJECTIVE_CAUSES = "subjectiveCauses";
    public static final String FOLLOWED_POLICY = ProtectionOutcomeDecision.INPUT_FOLLOWED_POLICY;
    public static final String PURE_MOTIVE = ProtectionOutcomeDecision.INPUT_PURE_MOTIVE;
    public static final String COMMON_GOOD = ProtectionOutcomeDecision.INPUT_COMMON_GOOD;
    public static final String SELF_INTEREST = ProtectionOutcomeDecision.INPUT_SELF_INTEREST;
    public static final String SHIRKED_RESPONSIBILITY = ProtectionOutcomeDecision.INPUT_SHIRKED_RESPONSIBILITY;
    public static final String DAMAGE_OCCURRED = ProtectionOutcomeDecision.INPUT_DAMAGE_OCCURRED;
    public static final List<String> FINDINGS = List.of(FOLLOWED_POLICY, PURE_MOTIVE, COMMON_GOOD, SELF_INTEREST,
            SHIRKED_RESPONSIBILITY, DAMAGE_OCCURRED);

    // Task_DecideExemption
    public static final String EXEMPTION_DECISION = "exemptionDecision";
    public static final String DECISION_DOCUMENT_NO = "decisionDocumentNo";
    public static final String REASON = "reason";
    public static final String EXEMPTED = "EXEMPTED";
    public static final String MITIGATED = "MITIGATED";
    public static final String NOT_EXEMPTED = "NOT_EXEMPTED";

    // Task_HandleViolation
    public static final String HANDLING = "handling";
    public static final String REFERRED_TO = "referredTo";

    // decision log record types
    public static final String REVIEW_REQUESTED = "REVIEW_REQUESTED";
    public static final String CAUSE_ANALYSIS = "CAUSE_ANALYSIS";
    public static final String PROTECTION_OUTCOME_RECORD = "PROTECTION_OUTCOME";
    public static final String EXEMPTION_DECISION_RECORD = "EXEMPTION_DECISION";
    public static final String VIOLATION_HANDLING_RECORD = "VIOLATION_HANDLING";
    /** How the review ended ({@code outcomes.record(execution, 'REVIEW_OUTCOME', ...)} on its end events). */
    public static final String REVIEW_OUTCOME_RECORD = "REVIEW_OUTCOME";

    private ResponsibilityReviewProcess() {
    }
}
