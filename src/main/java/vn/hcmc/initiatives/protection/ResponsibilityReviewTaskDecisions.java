package vn.hcmc.initiatives.protection;

import static vn.hcmc.initiatives.decisionlog.Check.bool;
import static vn.hcmc.initiatives.decisionlog.Check.maxLength;
import static vn.hcmc.initiatives.decisionlog.Check.oneOf;
import static vn.hcmc.initiatives.decisionlog.Check.required;
import static vn.hcmc.initiatives.decisionlog.Check.requiredIfTrue;
import static vn.hcmc.initiatives.decisionlog.Check.requiredWhen;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.Check;
import vn.hcmc.initiatives.decisionlog.Check.NamedCheck;
import vn.hcmc.initiatives.decisionlog.TaskDecision;
import vn.hcmc.initiatives.decisionlog.TaskDecisionCatalogue;

/**
 * What each user task of {@code responsibility-review} decides, and the checks its submission must pass.
 * {@code Task_HandleEscalation} is the initiative's own step and is catalogued there.
 */
@Component
class ResponsibilityReviewTaskDecisions implements TaskDecisionCatalogue {

    static final int NOTE = 4000;
    static final int DOCUMENT_NO = 100;
    static final int NAME = 255;

    @Override
    public List<TaskDecision> decisions() {
        return List.of(
                TaskDecision.of(TASK_ANALYSE_CAUSES, CAUSE_ANALYSIS)
                        .details(OBJECTIVE_CAUSES, SUBJECTIVE_CAUSES, FOLLOWED_POLICY, PURE_MOTIVE, COMMON_GOOD,
                                SELF_INTEREST, SHIRKED_RESPONSIBILITY, DAMAGE_OCCURRED, DAMAGE_DESCRIPTION)
                        .checks(causeAnalysisChecks())
                        .afterwards(ResponsibilityReviewTaskDecisions::recordAnalyst),
                TaskDecision.of(TASK_DECIDE_EXEMPTION, EXEMPTION_DECISION_RECORD).outcome(EXEMPTION_DECISION)
                        .documentNo(DECISION_DOCUMENT_NO).reason(REASON)
                        .checks(oneOf(EXEMPTION_DECISION, "Quyết định", EXEMPTED, MITIGATED, NOT_EXEMPTED),
                                requiredWhen(DECISION_DOCUMENT_NO, "Số văn bản quyết định", EXEMPTION_DECISION,
                                        EXEMPTED, MITIGATED),
                                maxLength(DECISION_DOCUMENT_NO, "Số văn bản quyết định", DOCUMENT_NO),
                                maxLength(REASON, "Lý do", NOTE)),
                TaskDecision.of(TASK_HANDLE_VIOLATION, VIOLATION_HANDLING_RECORD).reason(HANDLING).details(REFERRED_TO)
                        .checks(required(HANDLING, "Biện pháp xử lý"), maxLength(HANDLING, "Biện pháp xử lý", NOTE),
                                maxLength(REFERRED_TO, "Chuyển đến", NAME)));
    }

    /**
     * Every finding the contract names must be stated, yes or no: a finding left out would count as "no"
     * in the table. Shirking (a finding of ours, not of the contract) may be left out and then counts as no.
     */
    private static NamedCheck[] causeAnalysisChecks() {
        List<NamedCheck> checks = new ArrayList<>(List.of(
                required(OBJECTIVE_CAUSES, "Nguyên nhân khách quan"),
                maxLength(OBJECTIVE_CAUSES, "Nguyên nhân khách quan", NOTE),
                required(SUBJECTIVE_CAUSES, "Nguyên nhân chủ quan"),
                maxLength(SUBJECTIVE_CAUSES, "Nguyên nhân chủ quan", NOTE)));
        List<String> labels = List.of("Thực hiện đúng chủ trương đã được phê duyệt", "Động cơ trong sáng",
                "Vì lợi ích chung", "Có dấu hiệu vụ lợi, tham nhũng", "Che giấu vi phạm, né tránh trách nhiệm",
                "Có thiệt hại");
        for (int i = 0; i < FINDINGS.size(); i++) {
            if (!FINDINGS.get(i).equals(SHIRKED_RESPONSIBILITY)) {
                checks.add(required(FINDINGS.get(i), labels.get(i)));
            }
            checks.add(bool(FINDINGS.get(i), labels.get(i)));
        }
        checks.add(requiredIfTrue(DAMAGE_DESCRIPTION, "Mô tả thiệt hại", DAMAGE_OCCURRED));
        checks.add(maxLength(DAMAGE_DESCRIPTION, "Mô tả thiệt hại", NOTE));
        return checks.toArray(NamedCheck[]::new);
    }

    /** The table compares the findings with {@code true}: a REST client's "true" becomes a boolean. */
    private static void recordAnalyst(DelegateTask task, String actor) {
        DelegateExecution instance = task.getExecution().getProcessInstance();
        FINDINGS.forEach(name -> instance.setVariable(name, Check.asBoolean(task.getVariable(name))));
        instance.setVariable(ANALYSED_BY, actor);
    }
}
