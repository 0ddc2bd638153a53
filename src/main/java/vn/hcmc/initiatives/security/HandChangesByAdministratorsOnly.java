package vn.hcmc.initiatives.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Changing a running process by hand — moving its token, setting or removing its variables, suspending or activating
 * it, moving a deadline's timer — is for administrators ({@code camunda-admin}) only, and is recorded on the
 * initiative's decision log ({@code decisionlog/RecordManualInterventions}). Camunda allows each of these to whoever
 * may update the process instance, and an agency's head may (to deliver the agency's decisions as messages): without
 * this, a head could move their initiative past its vote or change its tally. The procedure's own steps — tasks,
 * messages, the service's code — are not these commands, or run them inside their own command, which is not checked.
 * A refusal is a 403.
 */
@Component
class HandChangesByAdministratorsOnly extends AbstractProcessEnginePlugin {

    private static final List<Class<?>> HAND_CHANGES = List.of(
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
            ProcessInstanceModificationBatchCmd.class, SetExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class,
            RemoveExecutionVariablesCmd.class, AbstractSetProcessInstanceStateCmd.class,
            AbstractUpdateProcessInstancesSuspendStateCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new Check(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Check extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Check(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (isHandChange(command)) {
                OutsideCaller.nonAdministrator(configuration.getIdentityService()).ifPresent(user -> {
                    throw new AuthorizationException(user + " không được thay đổi trực tiếp quy trình đang chạy ("
                            + command.getClass().getSimpleName() + "): only an administrator may change a running"
                            + " process by hand; the procedure goes on through its tasks and messages");
                });
            }
            return next.execute(command);
        }

        private static boolean isHandChange(Command<?> command) {
            return HAND_CHANGES.stream().anyMatch(type -> type.isInstance(command));
        }
    }
}
