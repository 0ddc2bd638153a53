package vn.hcmc.initiatives.campaign;

import static vn.hcmc.initiatives.campaign.AnnualRegistrationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * The wait of an agency ended because it registered; the initiative that did it came with the message.
 * The wait also ends when the deadline interrupts it, which is not a registration.
 */
@Component("recordRegistrationReceived")
class RecordRegistrationReceivedListener implements ExecutionListener {

    private final DecisionLog log;

    RecordRegistrationReceivedListener(DecisionLog log) {
        this.log = log;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution instanceof PvmExecutionImpl wait && wait.isCanceled()) {
            return;
        }
        Object initiative = execution.getVariableLocal(REGISTERED_INITIATIVE);
        Object registeredBy = execution.getVariableLocal(REGISTERED_BY);
        log.of(execution, "AGENCY_REGISTERED").outcome("ON_TIME")
                .actor(registeredBy == null ? null : registeredBy.toString())
                .detail("initiatives", initiative == null ? null : List.of(initiative)).append();
    }
}
