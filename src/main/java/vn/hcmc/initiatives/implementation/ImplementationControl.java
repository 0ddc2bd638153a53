package vn.hcmc.initiatives.implementation;

import static vn.hcmc.initiatives.registration.InitiativeProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.deadline.ServiceClock;
import vn.hcmc.initiatives.deadline.WorkingDayCalendar;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * The agency's decisions while an initiative is carried out (D73 art. 6, 10): suspend, resume, stop,
 * and risk reports. A suspension pauses the implementation deadlines: the working days it lasted are
 * added to the completion-report deadline on resumption.
 */
@Component("implementation")
public class ImplementationControl {

    public static final String DECISION_DOCUMENT_NO = "decisionDocumentNo";

    private final WorkingDayCalendar calendar;
    private final DecisionLog log;

    ImplementationControl(WorkingDayCalendar calendar, DecisionLog log) {
        this.calendar = calendar;
        this.log = log;
    }

    /** On the city's approval (the flow into the implementation; a resumption re-enters it without this). */
    public void started(DelegateExecution execution) {
        log.of(execution, "IMPLEMENTATION_STARTED").actor(DecisionLog.SYSTEM)
                .detail(PLANNED_END_DATE, execution.getVariable(PLANNED_END_DATE)).append();
    }

    public void suspended(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(SUSPENDED_AT, ClockUtil.getCurrentTime());
        decision(execution, "SUSPENDED").append();
    }

    public void resumed(DelegateExecution execution) {
        Date since = (Date) execution.getVariable(SUSPENDED_AT);
        int paused = since == null ? 0
                : Math.max(0, calendar.workingDaysBetween(ServiceClock.toLocalDate(since), ServiceClock.today()));
        Object before = execution.getVariable(PAUSED_WORKING_DAYS);
        int total = (before == null ? 0 : ((Number) before).intValue()) + paused;
        execution.getProcessInstance().setVariable(PAUSED_WORKING_DAYS, total);
        execution.getProcessInstance().setVariable(SUSPENDED_AT, null);
        decision(execution, "RESUMED").detail("pausedWorkingDays", paused).detail("totalPausedWorkingDays", total).append();
    }

    public void stopped(DelegateExecution execution) {
        decision(execution, "STOPPED").append();
    }

    public void riskReported(DelegateExecution execution) {
        log.of(execution, "RISK_REPORTED").reason(execution.getVariable(DAMAGE_DESCRIPTION)).append();
    }

    /** The message's reason and document number belong to this decision only: clear them once recorded. */
    private DecisionLog.Entry decision(DelegateExecution execution, String type) {
        DecisionLog.Entry entry = log.of(execution, type).reason(execution.getVariable(REASON))
                .documentNo(execution.getVariable(DECISION_DOCUMENT_NO));
        execution.getProcessInstance().removeVariable(REASON);
        execution.getProcessInstance().removeVariable(DECISION_DOCUMENT_NO);
        return entry;
    }
}
