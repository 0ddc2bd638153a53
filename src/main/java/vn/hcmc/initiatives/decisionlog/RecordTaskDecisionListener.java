package vn.hcmc.initiatives.decisionlog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of a user task: enforces the task's checks, then appends its decision to the log.
 * Both happen in the completing transaction, so a refused submission changes nothing. On creation
 * (where the model asks for it) it clears the answers an earlier step left under the same names.
 */
@Component("recordTaskDecision")
class RecordTaskDecisionListener implements TaskListener {

    private final Map<String, TaskDecision> decisions;
    private final DecisionLog log;

    RecordTaskDecisionListener(List<TaskDecisionCatalogue> catalogues, DecisionLog log) {
        this.decisions = catalogues.stream().flatMap(c -> c.decisions().stream())
                .collect(Collectors.toMap(TaskDecision::taskKey, d -> d));
        this.log = log;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskDecision decision = decisions.get(task.getTaskDefinitionKey());
        if (decision == null) {
            throw new IllegalStateException("No decision is defined for user task " + task.getTaskDefinitionKey());
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            decision.freshInputs().forEach(name -> task.getExecution().getProcessInstance().removeVariable(name));
            return;
        }
        Function<String, Object> variables = task::getVariable;
        decision.checks().forEach(check -> check.enforce(variables));
        String actor = log.currentActor();
        if (DecisionLog.SYSTEM.equals(actor) && task.getAssignee() != null) {
            actor = task.getAssignee();
        }
        DecisionLog.Entry entry = log.of(task.getExecution(), decision.type()).actor(actor);
        if (decision.outcomeVariable() != null) {
            entry.outcome(task.getVariable(decision.outcomeVariable()));
        }
        if (decision.documentNoVariable() != null) {
            entry.documentNo(task.getVariable(decision.documentNoVariable()));
        }
        if (decision.reasonVariable() != null) {
            entry.reason(task.getVariable(decision.reasonVariable()));
        }
        decision.detailVariables().forEach(name -> entry.detail(name, task.getVariable(name)));
        entry.detail("task", task.getTaskDefinitionKey());
        decision.afterwards().accept(task, actor);
        entry.append();
    }
}
