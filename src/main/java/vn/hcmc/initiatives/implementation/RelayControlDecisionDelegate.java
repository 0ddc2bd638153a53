package vn.hcmc.initiatives.implementation;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** A head's decision from Tasklist ("Quyết định tạm dừng / tiếp tục / dừng"), delivered to the initiative. */
@Component("relayControlDecision")
class RelayControlDecisionDelegate implements JavaDelegate {

    static final String CONTROL_ACTION = "controlAction";
    private static final Map<String, String> MESSAGES = Map.of(
            "SUSPEND", MESSAGE_SUSPENDED, "RESUME", MESSAGE_RESUMED, "STOP", MESSAGE_STOPPED);

    private final InitiativeMessages messages;

    RelayControlDecisionDelegate(InitiativeMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object action = execution.getVariable(CONTROL_ACTION);
        String message = action == null ? null : MESSAGES.get(action.toString());
        if (message == null) {
            throw new FormFieldValidationException(CONTROL_ACTION,
                    CONTROL_ACTION + ": chọn SUSPEND, RESUME hoặc STOP; nhận được '" + action + "'");
        }
        Object reason = execution.getVariable(REASON);
        if (!"RESUME".equals(action) && (reason == null || reason.toString().isBlank())) {
            throw new FormFieldValidationException(REASON, REASON + ": lý do là bắt buộc khi tạm dừng hoặc dừng (required)");
        }
        String key = (String) execution.getVariable(INITIATIVE_KEY);
        execution.setProcessBusinessKey(key);
        Map<String, Object> variables = new HashMap<>();
        variables.put(REASON, reason);
        variables.put(ImplementationControl.DECISION_DOCUMENT_NO, execution.getVariable(ImplementationControl.DECISION_DOCUMENT_NO));
        messages.deliver(key, message, variables);
    }
}
