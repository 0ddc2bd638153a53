package vn.hcmc.initiatives.security;

import static vn.hcmc.initiatives.config.EngineLists.appended;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Changing a running process by hand — moving its token, setting or removing its variables, suspending or activating
 * it, moving on a step that waits (signalling its execution, triggering its message or signal subscription, throwing
 * a BPMN error or escalation from a task: no model catches one, and an error nobody catches ends the process),
 * moving a deadline's timer, or running, suspending or deleting it or setting its retries, adding or removing a
 * task's candidates (whom Camunda then grants the task) — is for administrators ({@code camunda-admin}) only, and is
 * recorded on the initiative's decision log ({@code decisionlog/RecordManualInterventions}). Camunda allows each of
 * these to whoever may update the process instance, and an agency's head may (to deliver the agency's decisions as
 * messages): without this, a head could move their initiative past its vote or past the party's opinion, change its
 * tally, or fire a deadline early; and a party committee member could make the proposer a candidate of the party's
 * opinion, which he could then give, or end the initiative by throwing a BPMN error from that task. So is starting a
 * process anywhere but at its start (the REST API's {@code startInstructions}) or restarting one that ended: Camunda
 * allows the first to whoever may start the process, so a proposer could start an initiative at its reward, with no
 * vote and no approval; and the second to whoever may also read its history (home affairs, its campaigns). The
 * procedure's own steps — tasks, messages, the service's code — are not these commands, or run them inside their own
 * command, which is not checked; nor is the job executor, which runs due jobs without a user.
 * Raising, resolving or annotating an incident is for administrators too: incidents are the operators' alarm in
 * Cockpit and in the service's metrics, and a head's own would sound it for nothing (not recorded on the decision
 * log: it changes nothing in the procedure). A refusal is a 403.
 */
@Component
class HandChangesByAdministratorsOnly extends AbstractProcessEnginePlugin {

    private static final List<Class<?>> HAND_CHANGES = List.of(
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
            ProcessInstanceModificationBatchCmd.class, SetExecutionVariablesCmd.class, PatchExecutionVariablesCmd.class,
            RemoveExecutionVariablesCmd.class, AbstractSetProcessInstanceStateCmd.class,
            AbstractUpdateProcessInstancesSuspendStateCmd.class, SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class,
            StartProcessInstanceAtActivitiesCmd.class, AbstractRestartProcessInstanceCmd.class,
            SignalCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
            SetJobRetriesCmd.class, AbstractSetJobStateCmd.class, DeleteJobCmd.class,
            AddUserIdentityLinkCmd.class, AddGroupIdentityLinkCmd.class, DeleteIdentityLinkCmd.class,
            HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
            CreateIncidentCmd.class, ResolveIncidentCmd.class, SetAnnotationForIncidentCmd.class);

    /** Whether a command class is one of the hand changes: worked out once per class, as every command asks. */
    private static final ClassValue<Boolean> IS_HAND_CHANGE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> command) {
            return HAND_CHANGES.stream().anyMatch(type -> type.isAssignableFrom(command));
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                appended(configuration.getCustomPreCommandInterceptorsTxRequired(), new Check(configuration)));
        configuration.setManagementService(new JobsRunByHandChecked(configuration));
    }

    private static void refuseIfByHand(ProcessEngineConfigurationImpl configuration, Class<?> command) {
        OutsideCaller.nonAdministrator(configuration.getIdentityService()).ifPresent(user -> {
            throw new AuthorizationException(user + " không được thay đổi trực tiếp quy trình ("
                    + command.getSimpleName() + "): only an administrator may change a process by hand, start it"
                    + " halfway through or restart it; the procedure goes on through its tasks and messages");
        });
    }

    private static final class Check extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Check(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (IS_HAND_CHANGE.get(command.getClass())) {
                refuseIfByHand(configuration, command.getClass());
            }
            return next.execute(command);
        }
    }

    /**
     * Running a job by hand (a deadline's timer, before it is due) is checked before Camunda runs it: refused inside
     * the job's command, it would count as the job failing and cost the timer one of its retries.
     */
    private static final class JobsRunByHandChecked extends ManagementServiceImpl {

        private final ProcessEngineConfigurationImpl configuration;

        JobsRunByHandChecked(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
            this.configuration = configuration;
        }

        @Override
        public void executeJob(String jobId) {
            refuseIfByHand(configuration, ExecuteJobsCmd.class);
            super.executeJob(jobId);
        }
    }
}
