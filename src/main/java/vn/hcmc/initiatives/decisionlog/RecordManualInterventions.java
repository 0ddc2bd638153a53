package vn.hcmc.initiatives.decisionlog;

import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ACTIVATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELETE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_EXECUTE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_RECALC_DUEDATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_RESTART_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_OWNER;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SUSPEND;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_UPDATE;
import static vn.hcmc.initiatives.config.EngineLists.appended;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerActivateProcessDefinitionHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerSuspendProcessDefinitionHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts on an initiative's decision log what someone changed by hand, outside its tasks and messages: cancelling a
 * process (Cockpit, REST), moving its tokens, suspending or activating it, setting or removing its variables (a
 * vote, a deadline's start), deleting a variable's history, moving a timer's due date, migrating it to another
 * version of its model, starting it at a step other than its start, restarting it after it ended, moving on a step
 * that waits, running or disabling a job, changing a task's candidates, owner or due date. Each of these changes
 * what the procedure decides or when, so it is recorded like a decision: who, when, what, and the reason or
 * annotation given. Camunda's own user operation log holds the same operations; this puts them where the
 * initiative's record is read, and keeps them when the engine's history is cleaned up.
 *
 * <p>Seen as engine history events, so nothing escapes that the engine itself does not skip: Cockpit's "skip
 * custom listeners" does not apply here. A suspension or activation is recorded from the instance's own update,
 * whichever way it came: one instance, several, all instances of a process definition (with the definition, now or
 * scheduled), a batch. Deleting process instances' history (even one's) the engine logs without naming an instance:
 * {@link RecordHistoryDeletions} records it where the engine deletes it.
 *
 * <p>The same operations run as a batch (Cockpit's batch operations: cancelling, suspending or activating, setting
 * variables, modifying, migrating many instances at once) are carried out later by batch jobs, which log no operation
 * per instance and run without a user. Their records name the batch's creator as the actor and carry the batch's id;
 * a batch job's variables and modifications are gathered per instance while its command runs and recorded when it
 * closes, still in its transaction: one record per instance, with the operation's name as for one instance.
 */
@Component
class RecordManualInterventions extends AbstractProcessEnginePlugin {

    static final String PROCESS_CANCELLED = "PROCESS_CANCELLED";
    static final String MANUAL_CHANGE = "MANUAL_CHANGE";
    /** Started at steps an administrator chose instead of at its start (Camunda logs no operation for it). */
    static final String STARTED_AT_ACTIVITIES = "StartProcessInstanceAtActivities";

    /** The operations, by entity type, that change a running initiative by hand. */
    private static final Map<String, Set<String>> RECORDED = Map.of(
            EntityTypes.PROCESS_INSTANCE, Set.of(OPERATION_TYPE_MODIFY_PROCESS_INSTANCE),
            EntityTypes.VARIABLE, Set.of(OPERATION_TYPE_SET_VARIABLE, OPERATION_TYPE_SET_VARIABLES,
                    OPERATION_TYPE_MODIFY_VARIABLE, OPERATION_TYPE_REMOVE_VARIABLE, OPERATION_TYPE_DELETE_HISTORY),
            EntityTypes.JOB, Set.of(OPERATION_TYPE_SET_DUEDATE, OPERATION_TYPE_RECALC_DUEDATE, OPERATION_TYPE_EXECUTE,
                    OPERATION_TYPE_SET_JOB_RETRIES, OPERATION_TYPE_SUSPEND_JOB, OPERATION_TYPE_ACTIVATE_JOB,
                    OPERATION_TYPE_DELETE),
            EntityTypes.IDENTITY_LINK, Set.of(OPERATION_TYPE_ADD_USER_LINK, OPERATION_TYPE_DELETE_USER_LINK,
                    OPERATION_TYPE_ADD_GROUP_LINK, OPERATION_TYPE_DELETE_GROUP_LINK),
            EntityTypes.TASK, Set.of(OPERATION_TYPE_SET_OWNER));

    /** The batches whose jobs change an initiative, and the name of the same operation on one instance. */
    private static final Map<String, String> BATCH_OPERATIONS = Map.of(
            Batch.TYPE_SET_VARIABLES, OPERATION_TYPE_SET_VARIABLES,
            Batch.TYPE_PROCESS_INSTANCE_MODIFICATION, OPERATION_TYPE_MODIFY_PROCESS_INSTANCE);

    /**
     * The commands that move on a step that waits, by hand, which Camunda logs no operation for: signalling an
     * execution, triggering its message subscription, throwing a signal, throwing a BPMN error or escalation from a
     * task. Their records name the operation so.
     */
    private static final Map<Class<?>, String> HAND_TRIGGERS = Map.of(SignalCmd.class, "Signal",
            MessageEventReceivedCmd.class, "MessageEventReceived", SignalEventReceivedCmd.class, "SignalEventReceived",
            HandleTaskBpmnErrorCmd.class, "HandleTaskBpmnError", HandleTaskEscalationCmd.class, "HandleTaskEscalation");

    /** The jobs that suspend or activate process instances: a batch's, and a process definition's scheduled change. */
    private static final Set<String> SUSPENSION_JOBS = Set.of(Batch.TYPE_PROCESS_INSTANCE_UPDATE_SUSPENSION_STATE,
            TimerSuspendProcessDefinitionHandler.TYPE, TimerActivateProcessDefinitionHandler.TYPE);

    private final ObjectProvider<DecisionLog> decisionLog;

    /** The changes of the batch jobs and hand triggers running now, by command; an entry lives as long as its command. */
    private final Map<CommandContext, ChangesOfOneCommand> commandsRecordedWhole =
            Collections.synchronizedMap(new WeakHashMap<>());

    RecordManualInterventions(ObjectProvider<DecisionLog> decisionLog) {
        this.decisionLog = decisionLog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomHistoryEventHandlers(appended(configuration.getCustomHistoryEventHandlers(), new Handler()));
    }

    private final class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricProcessInstanceEventEntity instance && cancelled(instance)) {
                recordCancellation(instance);
            } else if (event instanceof HistoricProcessInstanceEventEntity instance && startedHalfway(instance)) {
                recordHalfwayStart(instance);
            } else if (event instanceof HistoricProcessInstanceEventEntity instance && migrated(instance)) {
                recordMigration(instance);
            } else if (event instanceof HistoricProcessInstanceEventEntity instance && suspendedOrActivated(instance)) {
                recordSuspension(instance);
            } else if (event instanceof UserOperationLogEntryEventEntity entry && recorded(entry)) {
                recordOperations(List.of(entry));
            } else if (event.getProcessInstanceId() != null) {
                noteIfInCommandRecordedWhole(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            // One operation is logged as one entry per property it changed; they arrive together and share an id.
            Map<String, List<UserOperationLogEntryEventEntity>> operations = new LinkedHashMap<>();
            for (HistoryEvent event : events) {
                if (event instanceof UserOperationLogEntryEventEntity entry && recorded(entry)) {
                    operations.computeIfAbsent(entry.getOperationId() + "/" + entry.getProcessInstanceId(),
                            id -> new ArrayList<>()).add(entry);
                } else {
                    handleEvent(event);
                }
            }
            operations.values().forEach(this::recordOperations);
        }

        /**
         * Ended by someone's hand, not by its model: deleted, or its last step cancelled (REST, Cockpit and batches
         * mark that external; the Java API's short {@code deleteProcessInstance(id, reason)} does not, and ends it
         * internally terminated). A root instance has no other way to end internally terminated; a called one has
         * (its caller interrupted it), and is left to its caller's record.
         */
        private boolean cancelled(HistoricProcessInstanceEventEntity instance) {
            if (!HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())
                    || instance.getBusinessKey() == null) {
                return false;
            }
            return HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
                    || (HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(instance.getState())
                            && instance.getSuperProcessInstanceId() == null);
        }

        /**
         * Started at steps given with the start instead of at the model's start, or restarted after it ended (which
         * starts it that way too, with the instance it restarts; Camunda logs a restart per process definition only).
         */
        private boolean startedHalfway(HistoricProcessInstanceEventEntity instance) {
            if (!HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(instance.getEventType())
                    || instance.getBusinessKey() == null) {
                return false;
            }
            return runningCommand() instanceof StartProcessInstanceAtActivitiesCmd;
        }

        private void recordHalfwayStart(HistoricProcessInstanceEventEntity instance) {
            boolean restarted = instance.getRestartedProcessInstanceId() != null;
            appendNamingTheBatch(manualChangeOf(instance)
                    .outcome(restarted ? OPERATION_TYPE_RESTART_PROCESS_INSTANCE : STARTED_AT_ACTIVITIES)
                    .detail("startActivityId", instance.getStartActivityId())
                    .detail("restartedProcessInstanceId", instance.getRestartedProcessInstanceId()));
        }

        private boolean migrated(HistoricProcessInstanceEventEntity instance) {
            return HistoryEventTypes.PROCESS_INSTANCE_MIGRATE.getEventName().equals(instance.getEventType())
                    && instance.getBusinessKey() != null;
        }

        /**
         * An instance's update in a command that suspends or activates instances: one, several, all of a process
         * definition (with the definition, or scheduled for later), or a batch's. Camunda logs the last ones per
         * definition or per batch only, so the instance's own update event is what names each initiative.
         */
        private boolean suspendedOrActivated(HistoricProcessInstanceEventEntity instance) {
            if (!HistoryEventTypes.PROCESS_INSTANCE_UPDATE.getEventName().equals(instance.getEventType())
                    || instance.getBusinessKey() == null) {
                return false;
            }
            Object command = runningCommand();
            if (command instanceof AbstractSetProcessInstanceStateCmd || command instanceof AbstractSetProcessDefinitionStateCmd) {
                return true;
            }
            JobEntity job = Context.getCommandContext().getCurrentJob();
            return job != null && SUSPENSION_JOBS.contains(job.getJobHandlerType());
        }

        private void recordSuspension(HistoricProcessInstanceEventEntity instance) {
            boolean suspended = HistoricProcessInstance.STATE_SUSPENDED.equals(instance.getState());
            appendNamingTheBatch(manualChangeOf(instance)
                    .outcome(suspended ? OPERATION_TYPE_SUSPEND : OPERATION_TYPE_ACTIVATE)
                    .detail("entityType", EntityTypes.PROCESS_INSTANCE)
                    .detail("changed", Map.of("suspensionState", suspended ? "suspended" : "active")));
        }

        /**
         * One of the operations above on an instance; of a task's own update ({@code PUT /task/{id}}), its due date
         * only: the procedure's deadline, which only an administrator may change (deadline/DueDatesStayAsComputed). A
         * follow-up date or a priority is the user's own.
         */
        private boolean recorded(UserOperationLogEntryEventEntity entry) {
            if (entry.getProcessInstanceId() == null) {
                return false;
            }
            if (EntityTypes.TASK.equals(entry.getEntityType()) && OPERATION_TYPE_UPDATE.equals(entry.getOperationType())) {
                return TaskEntity.DUE_DATE.equals(entry.getProperty());
            }
            return RECORDED.getOrDefault(entry.getEntityType(), Set.of()).contains(entry.getOperationType());
        }

        private void recordCancellation(HistoricProcessInstanceEventEntity instance) {
            decisionLog.getObject().of(instance.getBusinessKey(), instance.getProcessInstanceId(),
                            instance.getProcessDefinitionKey(), PROCESS_CANCELLED)
                    .outcome("CANCELLED")
                    .reason(instance.getDeleteReason())
                    .append();
        }

        /** Migrated to another version of its model, by hand or by a batch (with its id): the version it runs on now. */
        private void recordMigration(HistoricProcessInstanceEventEntity instance) {
            appendNamingTheBatch(manualChangeOf(instance)
                    .outcome(UserOperationLogEntry.OPERATION_TYPE_MIGRATE)
                    .detail("changed", Map.of("processDefinitionId", instance.getProcessDefinitionId(),
                            "processDefinitionVersion", instance.getProcessDefinitionVersion())));
        }

        /**
         * An event of a process instance in a command recorded as a whole when it closes — a job of a recorded batch,
         * or a hand trigger — kept for the record.
         */
        private void noteIfInCommandRecordedWhole(HistoryEvent event) {
            CommandContext command = Context.getCommandContext();
            String operation = command == null ? null : operationRecordedWhole(command);
            if (operation == null) {
                return;
            }
            commandsRecordedWhole.computeIfAbsent(command, opened -> {
                ChangesOfOneCommand changes = new ChangesOfOneCommand(operation, CurrentBatch.ofCurrentCommand(),
                        variablesGivenWith(operation));
                opened.registerCommandContextListener(changes);
                return changes;
            }).note(event);
        }

        /** The operation a batch job's command (by the batch's type) or a hand trigger carries out; else none. */
        private String operationRecordedWhole(CommandContext command) {
            JobEntity job = command.getCurrentJob();
            if (job != null) {
                return BATCH_OPERATIONS.get(job.getJobHandlerType());
            }
            Object running = runningCommand();
            for (Map.Entry<Class<?>, String> trigger : HAND_TRIGGERS.entrySet()) {
                if (trigger.getKey().isInstance(running)) {
                    return trigger.getValue();
                }
            }
            return null;
        }

        /**
         * The variable updates the operation itself gives: a set-variables batch sets them on the process instance;
         * a modification batch gives none; a hand trigger gives those it is sent with (any scope).
         */
        private Predicate<HistoricVariableUpdateEventEntity> variablesGivenWith(String operation) {
            if (OPERATION_TYPE_SET_VARIABLES.equals(operation)) {
                return update -> Objects.equals(update.getProcessInstanceId(), update.getExecutionId());
            }
            boolean handTrigger = HAND_TRIGGERS.containsValue(operation);
            return update -> handTrigger;
        }

        private void recordOperations(List<UserOperationLogEntryEventEntity> entries) {
            UserOperationLogEntryEventEntity first = entries.get(0);
            CommandContext command = Context.getCommandContext();
            Optional<DecisionLog.Entry> manualChange = manualChangeOf(command, first.getProcessInstanceId());
            if (manualChange.isEmpty()) {
                return;
            }
            Map<String, Object> changed = new LinkedHashMap<>();
            for (UserOperationLogEntryEventEntity entry : entries) {
                if (entry.getProperty() != null) {
                    changed.put(entry.getProperty(), entry.getNewValue());
                }
            }
            DecisionLog.Entry record = manualChange.get()
                    .outcome(first.getOperationType())
                    .actor(first.getUserId() == null ? decisionLog.getObject().currentActor() : first.getUserId())
                    .reason(first.getAnnotation())
                    .detail("entityType", first.getEntityType())
                    .detail("taskId", first.getTaskId())
                    .detail("jobId", first.getJobId());
            if (!changed.isEmpty()) {
                record.detail("changed", changed);
            }
            Map<String, Object> variables = variablesWrittenBy(command, first.getOperationId());
            if (!variables.isEmpty()) {
                record.detail("variables", variables);
            }
            record.append();
        }

        /**
         * The variables the operation wrote, with their new values (removed: none). A variable operation writes its
         * variables before it logs itself, in the same command and under the same operation id; their history rows
         * are still in the command's entity cache, waiting for the flush.
         */
        private Map<String, Object> variablesWrittenBy(CommandContext command, String operationId) {
            Map<String, Object> variables = new LinkedHashMap<>();
            for (HistoricDetailEventEntity detail : command.getDbEntityManager()
                    .getCachedEntitiesByType(HistoricDetailEventEntity.class)) {
                if (detail instanceof HistoricVariableUpdateEventEntity update && operationId != null
                        && operationId.equals(update.getUserOperationId())) {
                    boolean removed = HistoryEventTypes.VARIABLE_INSTANCE_DELETE.getEventName().equals(update.getEventType());
                    variables.put(update.getVariableName(), removed ? null : valueOf(update));
                }
            }
            return variables;
        }
    }

    /** A manual change's record for the process instance, when it belongs to an initiative (has a business key). */
    private Optional<DecisionLog.Entry> manualChangeOf(CommandContext command, String processInstanceId) {
        HistoricProcessInstanceEntity instance = command.getHistoricProcessInstanceManager()
                .findHistoricProcessInstance(processInstanceId);
        if (instance == null || instance.getBusinessKey() == null) {
            return Optional.empty();
        }
        return Optional.of(manualChangeOf(instance));
    }

    /** A manual change's record for an initiative's process instance, as a history event names it. */
    private DecisionLog.Entry manualChangeOf(HistoricProcessInstanceEventEntity instance) {
        return decisionLog.getObject().of(instance.getBusinessKey(), instance.getProcessInstanceId(),
                instance.getProcessDefinitionKey(), MANUAL_CHANGE);
    }

    /** Appends the record, with the id of the batch whose job is running, when one is: a batch's records carry it. */
    private static void appendNamingTheBatch(DecisionLog.Entry record) {
        CurrentBatch.ofCurrentCommand().ifPresent(batch -> record.detail("batchId", batch.getId()));
        record.append();
    }

    /** The command being carried out now (the innermost, when one runs another); none outside a command. */
    private static Object runningCommand() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation == null ? null : invocation.getCommand();
    }

    /** A variable's new value as its history row has it: text, number, yes/no, time; a serialized one by its format. */
    private static Object valueOf(HistoricVariableUpdateEventEntity update) {
        if ("boolean".equals(update.getSerializerName()) && update.getLongValue() != null) {
            return update.getLongValue() != 0;
        }
        if ("date".equals(update.getSerializerName()) && update.getLongValue() != null) {
            return Instant.ofEpochMilli(update.getLongValue()).toString();
        }
        if (update.getTextValue() != null) {
            return update.getTextValue();
        }
        if (update.getLongValue() != null) {
            return update.getLongValue();
        }
        if (update.getDoubleValue() != null) {
            return update.getDoubleValue();
        }
        return update.getByteValue() != null ? "(" + update.getSerializerName() + ")" : null;
    }

    /**
     * What one command changed, per process instance, recorded when it closes (before the flush, in its transaction):
     * the instances it touched, the variables it set before each left a step, and the first step each left. A batch
     * job's: the variables of a set-variables batch; a hand trigger's: the variables given with it.
     */
    private final class ChangesOfOneCommand implements CommandContextListener {

        private final String operation;
        private final BatchEntity batch;
        private final Predicate<HistoricVariableUpdateEventEntity> given;
        private final Set<String> touched = new LinkedHashSet<>();
        private final Map<String, Map<String, Object>> variablesByInstance = new LinkedHashMap<>();
        private final Map<String, String> stepLeftByInstance = new LinkedHashMap<>();
        private boolean closed;

        ChangesOfOneCommand(String operation, Optional<BatchEntity> batch, Predicate<HistoricVariableUpdateEventEntity> given) {
            this.operation = operation;
            this.batch = batch.orElse(null);
            this.given = given;
        }

        void note(HistoryEvent event) {
            if (closed) {
                // A task created in this command reports its last update while the command closes: its instance is noted.
                return;
            }
            String instance = event.getProcessInstanceId();
            touched.add(instance);
            if (event instanceof HistoricActivityInstanceEventEntity activity
                    && HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(activity.getEventType())) {
                stepLeftByInstance.putIfAbsent(instance, activity.getActivityId());
            } else if (event instanceof HistoricVariableUpdateEventEntity update && !stepLeftByInstance.containsKey(instance)
                    && given.test(update)) {
                variablesByInstance.computeIfAbsent(instance, id -> new LinkedHashMap<>())
                        .put(update.getVariableName(), valueOf(update));
            }
        }

        @Override
        public void onCommandContextClose(CommandContext command) {
            closed = true;
            // In a batch job, the actor is the batch's creator: the job runs without a user (DecisionLog.currentActor).
            touched.forEach(instanceId -> manualChangeOf(command, instanceId).ifPresent(record -> {
                record.outcome(operation)
                        .detail("batchId", batch == null ? null : batch.getId())
                        .detail("leftActivityId", stepLeftByInstance.get(instanceId))
                        .detail("variables", variablesByInstance.get(instanceId));
                record.append();
            }));
        }

        @Override
        public void onCommandFailed(CommandContext command, Throwable failure) {
            closed = true;
        }
    }
}
