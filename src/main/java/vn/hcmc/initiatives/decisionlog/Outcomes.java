package vn.hcmc.initiatives.decisionlog;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Records how an initiative ended ({@code ${outcomes.record(execution, 'COMPLETED')}} on its end events). */
@Component("outcomes")
public class Outcomes {

    public static final String OUTCOME = "outcome";

    private final DecisionLog log;

    Outcomes(DecisionLog log) {
        this.log = log;
    }

    public void record(DelegateExecution execution, String outcome) {
        execution.getProcessInstance().setVariable(OUTCOME, outcome);
        log.of(execution, "OUTCOME").outcome(outcome).actor(DecisionLog.SYSTEM).append();
    }
}
