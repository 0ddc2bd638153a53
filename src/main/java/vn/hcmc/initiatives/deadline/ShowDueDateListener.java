package vn.hcmc.initiatives.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Forms show a task's deadline as dd/MM/yyyy; form-js cannot format a date itself. */
@Component("showDueDate")
class ShowDueDateListener implements TaskListener {

    static final String DUE_DATE_TEXT = "dueDateText";

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() != null) {
            task.setVariableLocal(DUE_DATE_TEXT, ServiceClock.display(ServiceClock.lastAllowedDay(task.getDueDate())));
        }
    }
}
