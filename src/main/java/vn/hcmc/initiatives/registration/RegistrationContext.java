package vn.hcmc.initiatives.registration;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.hcmc.initiatives.deadline.ServiceClock;

/** Display values the forms show read-only, derived from the registration whenever it changes. */
final class RegistrationContext {

    private RegistrationContext() {
    }

    static void refresh(VariableScope scope) {
        Object end = scope.getVariable(PLANNED_END_DATE);
        LocalDate date = end == null ? null : RegistrationValidator.asDate(end.toString());
        scope.setVariable(PLANNED_END_DATE_TEXT, ServiceClock.display(date));
    }
}
