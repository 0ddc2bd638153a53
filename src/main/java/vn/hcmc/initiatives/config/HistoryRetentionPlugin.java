package vn.hcmc.initiatives.config;

import java.util.ArrayList;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applies the retention setting {@code initiatives.history-time-to-live-days} to every process and
 * decision at deployment. The models carry the same default literally so that they also deploy
 * unchanged elsewhere (Camunda Modeler, a bare engine); the setting lets an operator change retention
 * without editing six models.
 */
@Component
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

    private final int days;

    HistoryRetentionPlugin(@Value("${initiatives.history-time-to-live-days}") int days) {
        if (days < 0) {
            throw new IllegalArgumentException("initiatives.history-time-to-live-days must be 0 or more, was " + days);
        }
        this.days = days;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.setHistoryTimeToLive(days);
            }
        });
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners().add(new DecisionRetention());
    }

    private final class DecisionRetention implements DmnTransformListener {

        @Override
        public void transformDecision(Decision decision, DmnDecision dmnDecision) {
            if (dmnDecision instanceof DecisionDefinitionEntity definition) {
                definition.setHistoryTimeToLive(days);
            }
        }

        @Override
        public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {
        }

        @Override
        public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {
        }

        @Override
        public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {
        }

        @Override
        public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {
        }
    }
}
