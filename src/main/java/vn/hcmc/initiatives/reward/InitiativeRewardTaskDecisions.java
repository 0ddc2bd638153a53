package vn.hcmc.initiatives.reward;

import static vn.hcmc.initiatives.decisionlog.Check.blank;
import static vn.hcmc.initiatives.decisionlog.Check.maxLength;
import static vn.hcmc.initiatives.decisionlog.Check.oneOf;
import static vn.hcmc.initiatives.decisionlog.Check.required;
import static vn.hcmc.initiatives.decisionlog.Check.requiredWhen;
import static vn.hcmc.initiatives.reward.InitiativeRewardProcess.*;
import static vn.hcmc.initiatives.reward.RewardRecommendationDecision.EARLY_SALARY_STEP;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.Check.NamedCheck;
import vn.hcmc.initiatives.decisionlog.TaskDecision;
import vn.hcmc.initiatives.decisionlog.TaskDecisionCatalogue;

/**
 * What each user task of {@code initiative-reward} decides, and the checks its submission must pass. The
 * chosen forms arrive as a list of known codes ({@code ${normaliseRewardChoice}} runs first).
 * {@code Task_HandleEscalation} is the initiative's own step and is catalogued there.
 */
@Component
class InitiativeRewardTaskDecisions implements TaskDecisionCatalogue {

    static final int NOTE = 4000;
    static final int DOCUMENT_NO = 100;

    @Override
    public List<TaskDecision> decisions() {
        return List.of(
                TaskDecision.of(TASK_PROPOSE_REWARD, REWARD_PROPOSAL_RECORD)
                        .details(REWARD_FORMS, EARLY_SALARY_MONTHS, BENEFICIARIES)
                        .checks(earlySalaryMonths(), maxLength(BENEFICIARIES, "Người, tập thể được đề nghị khen thưởng", NOTE))
                        .afterwards(InitiativeRewardTaskDecisions::keepProposal),
                TaskDecision.of(TASK_REVIEW_REWARD, REWARD_DECISION_RECORD).outcome(REWARD_DECISION)
                        .documentNo(REWARD_DECISION_NO).reason(REASON)
                        .details(REWARD_FORMS, EARLY_SALARY_MONTHS, BENEFICIARIES, REWARD_PROPOSAL)
                        .checks(oneOf(REWARD_DECISION, "Quyết định", APPROVED, ADJUSTED, REJECTED),
                                requiredWhen(REWARD_DECISION_NO, "Số quyết định khen thưởng", REWARD_DECISION,
                                        APPROVED, ADJUSTED),
                                maxLength(REWARD_DECISION_NO, "Số quyết định khen thưởng", DOCUMENT_NO),
                                requiredWhen(REASON, "Lý do", REWARD_DECISION, ADJUSTED, REJECTED),
                                maxLength(REASON, "Lý do", NOTE),
                                earlySalaryMonths(), changedOnlyWhenAdjusted()),
                TaskDecision.of(TASK_RECORD_PERSONNEL_FOLLOW_UP, PERSONNEL_FOLLOW_UP_RECORD).reason(PERSONNEL_NOTES)
                        .checks(required(PERSONNEL_NOTES, "Nội dung theo dõi công tác cán bộ"),
                                maxLength(PERSONNEL_NOTES, "Nội dung theo dõi công tác cán bộ", NOTE)));
    }

    /** A salary step at most 12 months early (D73 art. 10); the months are needed when that form is chosen. */
    private static NamedCheck earlySalaryMonths() {
        return new NamedCheck(EARLY_SALARY_MONTHS, vars -> {
            boolean chosen = RewardForms.codesOrNone(vars.apply(REWARD_FORMS)).contains(EARLY_SALARY_STEP);
            Object value = vars.apply(EARLY_SALARY_MONTHS);
            String range = "Số tháng nâng bậc lương trước thời hạn phải là số nguyên từ "
                    + (chosen ? 1 : 0) + " đến " + MAX_EARLY_SALARY_MONTHS
                    + " (tối đa 12 tháng, Điều 10 Nghị định số 73/2023/NĐ-CP), nhận được '" + value + "'";
            if (blank(value)) {
                return chosen ? "Số tháng nâng bậc lương trước thời hạn là bắt buộc khi chọn hình thức này (required)" : null;
            }
            Integer months;
            try {
                months = RewardForms.months(value);
            } catch (IllegalArgumentException e) {
                return range;
            }
            return months < (chosen ? 1 : 0) || months > MAX_EARLY_SALARY_MONTHS ? range : null;
        });
    }

    /** The board approves or rejects what the head proposed; only an adjustment changes it. */
    private static NamedCheck changedOnlyWhenAdjusted() {
        return new NamedCheck(REWARD_FORMS, vars -> {
            if (ADJUSTED.equals(vars.apply(REWARD_DECISION))) {
                return null;
            }
            Map<?, ?> proposal = vars.apply(REWARD_PROPOSAL) instanceof Map<?, ?> made ? made : Map.of();
            boolean sameForms = new HashSet<>(RewardForms.codesOrNone(vars.apply(REWARD_FORMS)))
                    .equals(new HashSet<>(RewardForms.codesOrNone(proposal.get(REWARD_FORMS))));
            boolean sameMonths = Objects.equals(monthsOrNull(vars.apply(EARLY_SALARY_MONTHS)),
                    monthsOrNull(proposal.get(EARLY_SALARY_MONTHS)));
            return sameForms && sameMonths ? null
                    : "Hình thức, mức khen thưởng chỉ được thay đổi khi quyết định điều chỉnh (" + ADJUSTED + ")";
        });
    }

    private static Integer monthsOrNull(Object value) {
        try {
            Integer months = RewardForms.months(value);
            return months == null ? 0 : months;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void keepProposal(DelegateTask task, String actor) {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put(PROPOSED_BY, actor);
        proposal.put(REWARD_FORMS, RewardForms.codesOrNone(task.getVariable(REWARD_FORMS)));
        proposal.put(EARLY_SALARY_MONTHS, monthsOrNull(task.getVariable(EARLY_SALARY_MONTHS)));
        proposal.put(BENEFICIARIES, task.getVariable(BENEFICIARIES));
        DelegateExecution instance = task.getExecution().getProcessInstance();
        instance.setVariable(REWARD_PROPOSAL, Variables.objectValue(proposal)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        instance.setVariable(REWARD_PROPOSED_AT, ClockUtil.getCurrentTime());
    }
}
