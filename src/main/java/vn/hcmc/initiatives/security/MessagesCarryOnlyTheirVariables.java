package vn.hcmc.initiatives.security;

import static vn.hcmc.initiatives.registration.InitiativeProcess.DAMAGE_DESCRIPTION;
import static vn.hcmc.initiatives.registration.InitiativeProcess.MESSAGE_RESUMED;
import static vn.hcmc.initiatives.registration.InitiativeProcess.MESSAGE_RISK_REPORTED;
import static vn.hcmc.initiatives.registration.InitiativeProcess.MESSAGE_STOPPED;
import static vn.hcmc.initiatives.registration.InitiativeProcess.MESSAGE_SUSPENDED;
import static vn.hcmc.initiatives.registration.InitiativeProcess.REASON;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.MessageCorrelationResultWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.implementation.ImplementationControl;

/**
 * A message a user sends (REST {@code POST /message}) carries the variables its decision has — a suspension or a stop
 * its reason and document number, a risk report its damage — and no others: a message sets whatever variables come
 * with it on the process, so a head's suspension could otherwise carry a changed tally or another implementer. Any
 * other name is a 400 naming it, before anything is correlated. Administrators, and the service's own correlations
 * (inside its commands, or without a user), are not checked.
 */
@Component
class MessagesCarryOnlyTheirVariables extends AbstractProcessEnginePlugin {

    private static final Set<String> CONTROL = Set.of(REASON, ImplementationControl.DECISION_DOCUMENT_NO);
    private static final Map<String, Set<String>> VARIABLES_BY_MESSAGE = Map.of(
            MESSAGE_SUSPENDED, CONTROL, MESSAGE_RESUMED, CONTROL, MESSAGE_STOPPED, CONTROL,
            MESSAGE_RISK_REPORTED, Set.of(DAMAGE_DESCRIPTION));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setRuntimeService(new CheckedRuntimeService(configuration));
    }

    static class CheckedRuntimeService extends RuntimeServiceImpl {

        private final ProcessEngineConfigurationImpl configuration;

        CheckedRuntimeService(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public MessageCorrelationBuilder createMessageCorrelation(String messageName) {
            return new CheckedCorrelation(this, messageName);
        }

        void check(MessageCorrelationBuilderImpl correlation) {
            if (OutsideCaller.nonAdministrator(configuration.getIdentityService()).isEmpty()) {
                return;
            }
            Set<String> names = new TreeSet<>();
            for (Map<String, ?> variables : List.of(nonNull(correlation.getPayloadProcessInstanceVariables()),
                    nonNull(correlation.getPayloadProcessInstanceVariablesLocal()),
                    nonNull(correlation.getPayloadProcessInstanceVariablesToTriggeredScope()))) {
                names.addAll(variables.keySet());
            }
            Set<String> allowed = VARIABLES_BY_MESSAGE.getOrDefault(correlation.getMessageName(), Set.of());
            names.removeAll(allowed);
            if (!names.isEmpty()) {
                throw new BadUserRequestException(names.iterator().next() + ": thông điệp '" + correlation.getMessageName()
                        + "' chỉ mang " + new TreeSet<>(allowed) + " (a message carries only its decision's variables;"
                        + " not: " + String.join(", ", names) + ")");
            }
        }

        private static Map<String, ?> nonNull(Map<String, ?> variables) {
            return variables == null ? Map.of() : variables;
        }
    }

    /** Camunda's correlation builder, checked before it correlates. */
    static class CheckedCorrelation extends MessageCorrelationBuilderImpl {

        private final CheckedRuntimeService runtime;

        CheckedCorrelation(CheckedRuntimeService runtime, String messageName) {
            super(runtime.getCommandExecutor(), messageName);
            this.runtime = runtime;
        }

        @Override
        public void correlate() {
            runtime.check(this);
            super.correlate();
        }

        @Override
        public MessageCorrelationResult correlateWithResult() {
            runtime.check(this);
            return super.correlateWithResult();
        }

        @Override
        public MessageCorrelationResultWithVariables correlateWithResultAndVariables(boolean deserializeValues) {
            runtime.check(this);
            return super.correlateWithResultAndVariables(deserializeValues);
        }

        @Override
        public void correlateExclusively() {
            runtime.check(this);
            super.correlateExclusively();
        }

        @Override
        public void correlateAll() {
            runtime.check(this);
            super.correlateAll();
        }

        @Override
        public List<MessageCorrelationResult> correlateAllWithResult() {
            runtime.check(this);
            return super.correlateAllWithResult();
        }

        @Override
        public List<MessageCorrelationResultWithVariables> correlateAllWithResultAndVariables(boolean deserializeValues) {
            runtime.check(this);
            return super.correlateAllWithResultAndVariables(deserializeValues);
        }

        @Override
        public ProcessInstance correlateStartMessage() {
            runtime.check(this);
            return super.correlateStartMessage();
        }
    }
}
