package vn.hcmc.initiatives.registration;

import static vn.hcmc.initiatives.decisionlog.Check.bool;
import static vn.hcmc.initiatives.decisionlog.Check.isoDate;
import static vn.hcmc.initiatives.decisionlog.Check.maxLength;
import static vn.hcmc.initiatives.decisionlog.Check.oneOf;
import static vn.hcmc.initiatives.decisionlog.Check.oneOfIfGiven;
import static vn.hcmc.initiatives.decisionlog.Check.required;
import static vn.hcmc.initiatives.decisionlog.Check.requiredIfTrue;
import static vn.hcmc.initiatives.decisionlog.Check.requiredWhen;
import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.deadline.MissedDeadlineListener;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.decisionlog.TaskDecision;
import vn.hcmc.initiatives.decisionlog.TaskDecisionCatalogue;
import vn.hcmc.initiatives.registration.RegistrationValidator.FieldError;

/** What each user task of {@code initiative} decides, and the checks its submission must pass. */
@Component
class InitiativeTaskDecisions implements TaskDecisionCatalogue {

    static final int NOTE = 4000;
    static final int DOCUMENT_NO = 100;

    private final RegistrationValidator registration;

    InitiativeTaskDecisions(RegistrationValidator registration) {
        this.registration = registration;
    }

    @Override
    public List<TaskDecision> decisions() {
        return List.of(
                TaskDecision.of(TASK_CORRECT_REGISTRATION, "REGISTRATION_CORRECTED"),
                partyOpinion(TASK_GIVE_PARTY_OPINION, "PARTY_OPINION"),
                TaskDecision.of(TASK_DECIDE_OVERRIDE, RECORD_HEAD_OVERRIDE).outcome(OVERRIDE_DECISION)
                        .documentNo(OVERRIDE_DOCUMENT_NO).reason(REASON)
                        .checks(oneOf(OVERRIDE_DECISION, "Quyết định", "APPROVE", "REJECT"),
                                requiredWhen(OVERRIDE_DOCUMENT_NO, "Số văn bản phê duyệt", OVERRIDE_DECISION, "APPROVE"),
                                maxLength(OVERRIDE_DOCUMENT_NO, "Số văn bản phê duyệt", DOCUMENT_NO),
                                requiredWhen(REASON, "Lý do", OVERRIDE_DECISION, "REJECT"), maxLength(REASON, "Lý do", NOTE))
                        .afterwards(InitiativeTaskDecisions::recordPersonalResponsibility).freshInputs(REASON),
                TaskDecision.of(TASK_APPROVE_RESEARCH_POLICY, "CITY_DECISION").outcome(CITY_DECISION)
                        .documentNo("cityDecisionDocumentNo").reason("cityDecisionNote")
                        .checks(oneOf(CITY_DECISION, "Quyết định của UBND Thành phố", "APPROVED", "REVISE", "REJECTED"),
                                maxLength("cityDecisionDocumentNo", "Số văn bản", DOCUMENT_NO),
                                maxLength("cityDecisionNote", "Ý kiến", NOTE))
                        .freshInputs(CITY_DECISION, "cityDecisionNote", "cityDecisionDocumentNo"),
                TaskDecision.of(TASK_REVISE_REGISTRATION, "REGISTRATION_REVISED")
                        .afterwards(this::requireCompleteRegistration),
                TaskDecision.of(TASK_REVIEW_PROGRESS, "PROGRESS_REVIEW").reason("progressReport")
                        .checks(required("progressReport", "Báo cáo sơ kết")).freshInputs("progressReport"),
                TaskDecision.of(TASK_REPORT_COMPLETION, "COMPLETION_REPORT").reason("completionReport")
                        .details("completedOn")
                        .checks(required("completionReport", "Báo cáo kết quả"),
                                isoDate("completedOn", "Ngày hoàn thành"))
                        .afterwards((task, actor) -> task.getExecution().getProcessInstance()
                                .setVariable(REPORT_RECEIVED_AT, ClockUtil.getCurrentTime())),
                partyOpinion(TASK_GIVE_RESULT_PARTY_OPINION, "RESULT_PARTY_OPINION")
                        .freshInputs("partyOpinion", "partyOpinionNote"),
                TaskDecision.of(TASK_EVALUATE_RESULT, RECORD_RESULT_EVALUATION).outcome(EVALUATION_RESULT)
                        .reason("lessonsLearned")
                        .details("damageOccurred", DAMAGE_DESCRIPTION, "impactScope", "replicable")
                        .checks(oneOf(EVALUATION_RESULT, "Kết quả", "COMPLETED", "PARTLY_COMPLETED", "NOT_COMPLETED"),
                                bool("damageOccurred", "Có thiệt hại"),
                                requiredIfTrue(DAMAGE_DESCRIPTION, "Mô tả thiệt hại", "damageOccurred"),
                                maxLength("lessonsLearned", "Bài học kinh nghiệm", NOTE),
                                requiredWhen("impactScope", "Phạm vi ảnh hưởng", EVALUATION_RESULT, "COMPLETED"),
                                oneOfIfGiven("impactScope", "Phạm vi ảnh hưởng", "AGENCY", "CITY", "NATIONAL"),
                                bool("replicable", "Có thể nhân rộng")),
                TaskDecision.of(TASK_CONSIDER_INSTITUTIONALISATION, "INSTITUTIONALISATION")
                        .reason("institutionalisationNote").details("proposeToCentral", "cityWideRollout")
                        .checks(bool("proposeToCentral", "Đề xuất thể chế hóa"),
                                bool("cityWideRollout", "Nhân rộng toàn Thành phố")),
                TaskDecision.of(TASK_HANDLE_ESCALATION, "ESCALATION_HANDLED").reason("escalationResponse")
                        .details(MissedDeadlineListener.ESCALATED_STEP, MissedDeadlineListener.ESCALATED_GROUP)
                        .checks(required("escalationResponse", "Biện pháp xử lý")).freshInputs("escalationResponse"));
    }

    private static TaskDecision partyOpinion(String taskKey, String type) {
        return TaskDecision.of(taskKey, type).outcome("partyOpinion").reason("partyOpinionNote")
                .checks(oneOf("partyOpinion", "Ý kiến của cấp ủy", "AGREE", "DISAGREE"),
                        maxLength("partyOpinionNote", "Nội dung ý kiến", NOTE));
    }

    /** A head who approves after a failed vote bears personal responsibility (D73 art. 8). */
    private static void recordPersonalResponsibility(DelegateTask task, String actor) {
        if ("APPROVE".equals(task.getVariable(OVERRIDE_DECISION))) {
            task.getExecution().getProcessInstance().setVariable(PERSONALLY_RESPONSIBLE, actor);
            task.getExecution().getProcessInstance().setVariable(RESPONSIBLE_BODY, "HEAD_PERSONALLY");
        }
    }

    private void requireCompleteRegistration(DelegateTask task, String actor) {
        List<FieldError> errors = registration.check(task::getVariable, task.getExecution().getProcessBusinessKey(),
                ServiceClock.today());
        if (!errors.isEmpty()) {
            throw new FormFieldValidationException(errors.get(0).field(), String.join("; ",
                    errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        }
    }
}
