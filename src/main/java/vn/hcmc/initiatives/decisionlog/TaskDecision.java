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
                           BiConsumer<DelegateTask, String> afterwards, List<String> freshInputs) {

    public static TaskDecision of(String taskKey, String type) {
        return new TaskDecision(taskKey, type, null, null, null, List.of(), List.of(), (task, actor) -> { }, List.of());
    }

    /**
     * Answers an earlier step gave under the same names (a first party opinion, a first city decision):
     * removed when this task is created, so its form starts blank. The log keeps the earlier answers.
     */
    public TaskDecision freshInputs(String... variables) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, reasonVariable, detailVariables, checks, afterwards, List.of(variables));
    }

    public TaskDecision outcome(String variable) {
        return new TaskDecision(taskKey, type, variable, documentNoVariable, reasonVariable, detailVariables, checks, afterwards, freshInputs);
    }

    public TaskDecision documentNo(String variable) {
        return new TaskDecision(taskKey, type, outcomeVariable, variable, reasonVariable, detailVariables, checks, afterwards, freshInputs);
    }

    public TaskDecision reason(String variable) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, variable, detailVariables, checks, afterwards, freshInputs);
    }

    public TaskDecision details(String... variables) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, reasonVariable, List.of(variables), checks, afterwards, freshInputs);
    }

    public TaskDecision checks(NamedCheck... all) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, reasonVariable, detailVariables, List.of(all), afterwards, freshInputs);
    }

    /** Bookkeeping after a valid submission, with the acting user. */
    public TaskDecision afterwards(BiConsumer<DelegateTask, String> effect) {
        return new TaskDecision(taskKey, type, outcomeVariable, documentNoVariable, reasonVariable, detailVariables, checks, effect, freshInputs);
    }
}
