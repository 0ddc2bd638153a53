package vn.hcmc.initiatives.registration;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.RegistrationValidator.FieldError;
import vn.hcmc.initiatives.deadline.ServiceClock;

/** Checks the registration; what is missing or invalid goes back to the proposer by name. */
@Component("validateRegistration")
class ValidateRegistrationDelegate implements JavaDelegate {

    private final RegistrationValidator validator;
    private final DecisionLog log;

    ValidateRegistrationDelegate(RegistrationValidator validator, DecisionLog log) {
        this.validator = validator;
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = ServiceClock.today();
        List<FieldError> errors = validator.check(execution::getVariable, execution.getProcessBusinessKey(), today);
        List<String> fields = errors.stream().map(FieldError::field).toList();
        List<String> messages = errors.stream().map(FieldError::message).toList();
        execution.setVariable(VALIDATION_ERRORS, Variables.objectValue(fields).serializationDataFormat("application/json").create());
        if (errors.isEmpty()) {
            // The messages are for the correction form only: a complete registration has none to show.
            execution.removeVariable(VALIDATION_MESSAGES);
            execution.setVariable(RECEIVED_AT, ClockUtil.getCurrentTime());
        } else {
            execution.setVariable(VALIDATION_MESSAGES, Variables.objectValue(messages).serializationDataFormat("application/json").create());
        }
        log.of(execution, "REGISTRATION_CHECK").outcome(errors.isEmpty() ? "COMPLETE" : "INCOMPLETE")
                .actor(DecisionLog.SYSTEM).detail("missingOrInvalid", fields).append();
    }
}
