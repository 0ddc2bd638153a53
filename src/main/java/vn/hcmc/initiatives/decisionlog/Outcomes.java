package vn.hcmc.initiatives.decisionlog;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records how an initiative ended ({@code ${outcomes.record(execution, 'COMPLETED')}} on its end events), or
 * how a process called for it ended, under that process's own record type
 * ({@code ${outcomes.record(execution, 'REVIEW_OUTCOME', 'NO_LIABILITY')}}): the initiative's log then
 * keeps one {@code OUTCOME}, its own.
 */
@Component("outcomes")
public class Outcomes {

    public static final String OUTCOME = "outcome";

    private final DecisionLog log;

    Outcomes(DecisionLog log) {
        this.log = log;
    }

    public void record(DelegateExecution execution, String outcome) {
        record(execution, "OUTCOME", outcome);
    }

    public void record(DelegateExecution execution, String type, String outcome) {
        execution.getProcessInstance().setVariable(OUTCOME, outcome);
        log.of(execution, type).outcome(outcome).actor(DecisionLog.SYSTEM).append();
    }
}
