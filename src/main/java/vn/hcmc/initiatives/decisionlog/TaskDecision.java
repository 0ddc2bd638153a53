package vn.hcmc.initiatives.decisionlog;

import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.hcmc.initiatives.decisionlog.Check.NamedCheck;

/**
 * What completing one kind of user task decides: the checks the submission must pass, and what the
 * decision log records of it (type, and which variables hold outcome, document number, reason, details).
 */
public record TaskDecision(String taskKey, String type, String outcomeVariable, String documentNoVariable,
                           String reasonVariable, List<String> detailVariables, List<NamedCheck> checks,
                           BiConsumer<DelegateTask, String> afterwards) {

    public static TaskDecision of(String taskKey, String type) {
        return new TaskDecision(taskKey, type, null, null, null, List.of(), List.of(), (task, actor) -> { });
    }

    public TaskDecision outcome(String variable) {
        return new TaskDecision(taskKey, type, variable, documentNoVariable, reasonVariable, detailVariables, checks, afterwards);
    }

    public TaskDecision documentNo(String variable) {
        return new TaskDecision(taskKey, type, outcomeVariable, variable, reasonVariable, detailVariables, checks, afterwards);
    }

    public TaskDecision reason(String variable) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, variable, detailVariables, checks, afterwards);
    }

    public TaskDecision details(String... variables) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, reasonVariable, List.of(variables), checks, afterwards);
    }

    public TaskDecision checks(NamedCheck... all) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, reasonVariable, detailVariables, List.of(all), afterwards);
    }

    /** Bookkeeping after a valid submission, with the acting user. */
    public TaskDecision afterwards(BiConsumer<DelegateTask, String> effect) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, reasonVariable, detailVariables, checks, effect);
    }
}
