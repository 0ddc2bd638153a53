package vn.hcmc.initiatives.deadline;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.decisionlog.DecisionLog;

/**
 * A deadline passed: the case goes on, but the late tasks are reminded (priority raised, a comment
 * naming the missed date), the escalation is recorded, and the home affairs department gets a task
 * naming the step and who is late.
 */
@Component("missedDeadline")
public class MissedDeadlineListener {

    public static final String ESCALATED_STEP = "escalatedStep";
    public static final String ESCALATED_GROUP = "escalatedGroup";
    public static final String ESCALATED_DUE_TEXT = "escalatedDueText";
    static final int REMINDED_PRIORITY = 80;

    private final TaskService tasks;
    private final DecisionLog log;
    private final ServiceCommands service;

    MissedDeadlineListener(TaskService tasks, DecisionLog log,
                           ServiceCommands service) {
        this.service = service;
        this.tasks = tasks;
        this.log = log;
    }

    public void record(DelegateExecution execution) {
        BoundaryEvent boundary = (BoundaryEvent) execution.getBpmnModelElementInstance();
        Activity late = boundary.getAttachedTo();
        List<String> lateSteps = late instanceof SubProcess sub
                ? sub.getChildElementsByType(UserTask.class).stream().map(FlowElement::getId).toList()
                : List.of(late.getId());
        List<Task> open = service.call(() -> tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(lateSteps.toArray(String[]::new)).list());
        Date due = open.stream().map(Task::getDueDate).filter(d -> d != null).findFirst().orElse(null);
        String dueText = due == null ? null : ServiceClock.display(ServiceClock.lastAllowedDay(due));
        String waitingFor = String.join(", ", open.stream().map(this::whoIsLate).distinct().toList());
        for (Task task : open) {
            remind(task, dueText);
        }
        execution.setVariableLocal(ESCALATED_STEP, late.getName());
        execution.setVariableLocal(ESCALATED_GROUP, waitingFor);
        execution.setVariableLocal(ESCALATED_DUE_TEXT, dueText);
        log.of(execution, "DEADLINE_MISSED").outcome(late.getId()).actor(DecisionLog.SYSTEM)
                .detail("step", late.getName()).detail("due", dueText).detail("waitingFor", waitingFor)
                .detail("openTasks", open.size()).append();
    }

    private void remind(Task task, String dueText) {
        service.run(() -> {
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), REMINDED_PRIORITY));
            tasks.createComment(task.getId(), task.getProcessInstanceId(),
                    "Nhắc việc: đã quá hạn " + (dueText == null ? "" : "(hạn " + dueText + ") ")
                            + "— đề nghị hoàn thành ngay; Sở Nội vụ đã được báo cáo.");
        });
    }

    private String whoIsLate(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        List<IdentityLink> links = service.call(() -> tasks.getIdentityLinksForTask(task.getId()));
        return String.join(", ", links.stream().filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).toList());
    }
}
