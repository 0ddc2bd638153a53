package vn.hcmc.initiatives.registration;

import static vn.hcmc.initiatives.config.EngineLists.appended;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An initiative an administrator starts at chosen steps (the REST API's {@code startInstructions}: a paper file
 * taken over halfway) or restarts after it ended (Cockpit, {@code /restart}) does not pass its start, and so not
 * the registration's listener, which grants its proposer and its agency's people access to it. Without those grants
 * its agency would not see it in Cockpit or through the REST API, and its head could not deliver the agency's
 * decisions on it (suspend, stop). Here it gets the same grants, from its {@code agencyCode} and {@code proposerId}:
 * a restart carries the ended instance's variables; a halfway start the ones the administrator gives, and one without
 * an {@code agencyCode} is refused (400 naming it; nothing is started).
 *
 * <p>Checked after the start command has run, in its transaction: a restart runs one such command per instance.
 */
@Component
class AccessAlsoWhenStartedHalfway extends AbstractProcessEnginePlugin {

    private final ObjectProvider<InitiativeAccess> access;

    AccessAlsoWhenStartedHalfway(ObjectProvider<InitiativeAccess> access) {
        this.access = access;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                appended(configuration.getCustomPostCommandInterceptorsTxRequired(), new GrantAfterStart()));
    }

    private final class GrantAfterStart extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof StartProcessInstanceAtActivitiesCmd
                    && result instanceof ProcessInstanceWithVariables started
                    && InitiativeProcess.KEY.equals(started.getProcessDefinitionKey())) {
                grant(started);
            }
            return result;
        }

        private void grant(ProcessInstanceWithVariables started) {
            VariableMap variables = started.getVariables();
            String agencyCode = text(variables.get(InitiativeProcess.AGENCY_CODE));
            if (agencyCode == null) {
                throw new BadUserRequestException(InitiativeProcess.AGENCY_CODE + ": một sáng kiến bắt đầu giữa chừng phải"
                        + " nêu cơ quan đăng ký (an initiative started halfway must name its agency: its tasks go to the"
                        + " agency's groups, and its record and the campaign report count it for that agency)");
            }
            access.getObject().grantTo(started.getId(), agencyCode, text(variables.get(InitiativeProcess.PROPOSER_ID)));
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
