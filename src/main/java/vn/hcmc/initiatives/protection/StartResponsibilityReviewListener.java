package vn.hcmc.initiatives.protection;

import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.CalledForInitiative;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * Opens a responsibility review under the initiative's business key. Called by the initiative, it takes
 * the facts the call activity passes. Started alone by a user (home affairs, from Tasklist or REST), it
 * trusts nothing but the key: the facts come from the initiative's history, and an unknown key is refused.
 */
@Component("startResponsibilityReview")
class StartResponsibilityReviewListener implements ExecutionListener {

    private final InitiativeHistory initiatives;
    private final DecisionLog log;

    StartResponsibilityReviewListener(InitiativeHistory initiatives, DecisionLog log) {
        this.initiatives = initiatives;
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String key = CalledForInitiative.align(execution);
        String actor = log.currentActor();
        boolean called = execution.getSuperExecution() != null;
        if (!called && (!DecisionLog.SYSTEM.equals(actor) || blank(execution.getVariable(AGENCY_CODE)))) {
            Map<String, Object> facts = initiatives.factsOf(key, INITIATIVE_FACTS)
                    .orElseThrow(() -> new BadUserRequestException(INITIATIVE_KEY + ": không có sáng kiến với mã '"
                            + key + "' (unknown initiative)"));
            INITIATIVE_FACTS.forEach(name -> execution.setVariable(name, facts.get(name)));
            execution.setVariable(REVIEW_TRIGGER, TRIGGER_STANDALONE);
        }
        if (blank(execution.getVariable(AGENCY_CODE))) {
            throw new BadUserRequestException(AGENCY_CODE + ": a responsibility review needs the initiative's agency");
        }
        Object trigger = execution.getVariable(REVIEW_TRIGGER);
        if (blank(trigger)) {
            trigger = blank(execution.getVariable(EVALUATION_RESULT)) ? TRIGGER_RISK_REPORT : TRIGGER_RESULT;
        } else if (!TRIGGERS.contains(trigger.toString())) {
            throw new BadUserRequestException(REVIEW_TRIGGER + ": phải là một trong " + TRIGGERS + ", nhận được '" + trigger + "'");
        }
        execution.setVariable(REVIEW_TRIGGER, trigger);
        // The table reads the result; a review after a risk report has none yet.
        execution.setVariable(EVALUATION_RESULT, execution.getVariable(EVALUATION_RESULT));
        String body = responsibleBody(execution);
        execution.setVariable(RESPONSIBLE_BODY, body);
        execution.setVariable(RESPONSIBILITY_BEARER, bearer(body, execution.getVariable(PERSONALLY_RESPONSIBLE),
                execution.getVariable(AGENCY_NAME)));
        execution.setVariable(REVIEW_REQUESTED_AT, ClockUtil.getCurrentTime());

        log.of(execution, REVIEW_REQUESTED).outcome(trigger).actor(actor).reason(execution.getVariable(REVIEW_REASON))
                .detail(EVALUATION_RESULT, execution.getVariable(EVALUATION_RESULT))
                .detail(DAMAGE_DESCRIPTION, execution.getVariable(DAMAGE_DESCRIPTION))
                .detail(RESPONSIBLE_BODY, body)
                .detail(PERSONALLY_RESPONSIBLE, execution.getVariable(PERSONALLY_RESPONSIBLE)).append();
    }

    /**
     * The collective leadership that decided to implement answers for the result; a head who approved
     * alone after a failed vote answers personally (D73 art. 8, 11).
     */
    private static String responsibleBody(DelegateExecution execution) {
        Object given = execution.getVariable(RESPONSIBLE_BODY);
        if (blank(given)) {
            return blank(execution.getVariable(PERSONALLY_RESPONSIBLE)) ? COLLECTIVE_LEADERSHIP : HEAD_PERSONALLY;
        }
        if (!COLLECTIVE_LEADERSHIP.equals(given) && !HEAD_PERSONALLY.equals(given)) {
            throw new BadUserRequestException(RESPONSIBLE_BODY + ": phải là " + COLLECTIVE_LEADERSHIP + " hoặc "
                    + HEAD_PERSONALLY + ", nhận được '" + given + "'");
        }
        return given.toString();
    }

    static String bearer(String body, Object head, Object agencyName) {
        if (HEAD_PERSONALLY.equals(body)) {
            return "Người đứng đầu đã phê duyệt khi biểu quyết không đạt chịu trách nhiệm cá nhân"
                    + (blank(head) ? "" : " (" + head + ")") + " (Điều 8 Nghị định số 73/2023/NĐ-CP)";
        }
        return "Tập thể lãnh đạo đã quyết định thực hiện" + (blank(agencyName) ? "" : " của " + agencyName)
                + " chịu trách nhiệm về kết quả (Điều 8, Điều 11 Nghị định số 73/2023/NĐ-CP)";
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
