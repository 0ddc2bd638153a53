package vn.hcmc.initiatives.config;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Every user task starts with an empty variable store ({@link NewTasks#startVariablesEmptyIfNew}), before
 * the model's own create listeners run: a listener that sets a task variable (the due date as text, the
 * reward prefill) then does not make Camunda read the new task's variables, which cannot exist yet.
 */
@Component
class NoVariableReadForNewTasks extends AbstractProcessEnginePlugin {

    static final TaskListener START_EMPTY = NewTasks::startVariablesEmptyIfNew;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Built-in listeners run before the model's.
        BuiltInTaskListeners.addToEveryUserTask(configuration, TaskListener.EVENTNAME_CREATE, START_EMPTY);
    }
}
