package vn.hcmc.initiatives.protection;

import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.IGNORED_SUSPEND_OR_STOP;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.SUSPEND_OR_STOP_EVIDENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/** Finds in the initiative's decision log whether a suspend or stop decision was ignored. */
@Component("checkSuspendOrStopCompliance")
class CheckSuspendOrStopComplianceDelegate implements JavaDelegate {

    private final DecisionLog log;

    CheckSuspendOrStopComplianceDelegate(DecisionLog log) {
        this.log = log;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SuspendOrStopCompliance.Finding finding =
                SuspendOrStopCompliance.judge(log.forInitiative(execution.getProcessBusinessKey()));
        execution.setVariable(IGNORED_SUSPEND_OR_STOP, finding.ignored());
        execution.setVariable(SUSPEND_OR_STOP_EVIDENCE, finding.evidence());
    }
}
