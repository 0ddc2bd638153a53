package vn.hcmc.initiatives.config;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds a listener to every user task of every model the engine parses, as a built-in one: it runs before the model's
 * own listeners and is not skipped with them (Cockpit's "skip custom listeners").
 */
public final class BuiltInTaskListeners {

    private BuiltInTaskListeners() {
    }

    /** To be called from a plugin's {@code preInit}. */
    public static void addToEveryUserTask(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener) {
        BpmnParseListener addListener = new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(event, listener);
            }
        };
        configuration.setCustomPostBPMNParseListeners(
                EngineLists.appended(configuration.getCustomPostBPMNParseListeners(), addListener));
    }
}
