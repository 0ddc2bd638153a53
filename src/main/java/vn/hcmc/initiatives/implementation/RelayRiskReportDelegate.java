package vn.hcmc.initiatives.implementation;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** A risk report from Tasklist ("Báo cáo rủi ro"), delivered to the initiative. */
@Component("relayRiskReport")
class RelayRiskReportDelegate implements JavaDelegate {

    private final InitiativeMessages messages;

    RelayRiskReportDelegate(InitiativeMessages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object damage = execution.getVariable(DAMAGE_DESCRIPTION);
        if (damage == null || damage.toString().isBlank()) {
            throw new FormFieldValidationException(DAMAGE_DESCRIPTION,
                    DAMAGE_DESCRIPTION + ": mô tả rủi ro, thiệt hại là bắt buộc (required)");
        }
        String key = (String) execution.getVariable(INITIATIVE_KEY);
        execution.setProcessBusinessKey(key);
        messages.deliver(key, MESSAGE_RISK_REPORTED, Map.of(DAMAGE_DESCRIPTION, damage));
    }
}
