package vn.hcmc.initiatives.decisionlog;

import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_ACTIVATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_RECALC_DUEDATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SUSPEND;

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
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.context.Context;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts on an initiative's decision log what someone changed by hand, outside its tasks and messages: cancelling a
 * process (Cockpit, REST), moving its tokens, suspending or activating it, setting or removing its variables
 * (a vote, a deadline's start), deleting a variable's history, moving a timer's due date, migrating it to another
 * version of its model. Each of these changes what the procedure decides or when, so it is recorded like a decision:
 * who, when, what, and the reason or annotation given. Camunda's own user operation log holds the same operations; this puts them where the
 * initiative's record is read, and keeps them when the engine's history is cleaned up.
 *
 * <p>Seen as engine history events, so nothing escapes that the engine itself does not skip: Cockpit's "skip
 * custom listeners" does not apply here. A suspension or activation is recorded from the instance's own update,
 * whichever way it came: one instance, several, all instances of a process definition (with the definition, now or
 * scheduled), a batch. Deleting process instances' history (even one's) the engine logs without naming an instance:
 * it is on no initiative's log; Camunda's user operation log keeps who did it, and the decision log itself is not
 * engine history: it stays.
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

    /** The operations, by entity type, that change a running initiative by hand. */
    private static final Map<String, Set<String>> RECORDED = Map.of(
            EntityTypes.PROCESS_INSTANCE, Set.of(OPERATION_TYPE_MODIFY_PROCESS_INSTANCE),
            EntityTypes.VARIABLE, Set.of(OPERATION_TYPE_SET_VARIABLE, OPERATION_TYPE_SET_VARIABLES,
                    OPERATION_TYPE_MODIFY_VARIABLE, OPERATION_TYPE_REMOVE_VARIABLE, OPERATION_TYPE_DELETE_HISTORY),
            EntityTypes.JOB, Set.of(OPERATION_TYPE_SET_DUEDATE, OPERATION_TYPE_RECALC_DUEDATE));

    /** The batches whose jobs change an initiative, and the name of the same operation on one instance. */
    private static final Map<String, String> BATCH_OPERATIONS = Map.of(
            Batch.TYPE_SET_VARIABLES, OPERATION_TYPE_SET_VARIABLES,
            Batch.TYPE_PROCESS_INSTANCE_MODIFICATION, OPERATION_TYPE_MODIFY_PROCESS_INSTANCE);

    /** The jobs that suspend or activate process instances: a batch's, and a process definition's scheduled change. */
    private static final Set<String> SUSPENSION_JOBS = Set.of(Batch.TYPE_PROCESS_INSTANCE_UPDATE_SUSPENSION_STATE,
            TimerSuspendProcessDefinitionHandler.TYPE, TimerActivateProcessDefinitionHandler.TYPE);

    private final ObjectProvider<DecisionLog> decisionLog;

    /** The changes of the batch jobs running now, by command; an entry lives as long as its command. */
    private final Map<CommandContext, BatchJobChanges> batchJobsRunning = Collections.synchronizedMap(new WeakHashMap<>());

    RecordManualInterventions(ObjectProvider<DecisionLog> decisionLog) {
        this.decisionLog = decisionLog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private final class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricProcessInstanceEventEntity instance && cancelled(instance)) {
                recordCancellation(instance);
            } else if (event instanceof HistoricProcessInstanceEventEntity instance && migrated(instance)) {
                recordMigration(instance);
            } else if (event instanceof HistoricProcessInstanceEventEntity instance && suspendedOrActivated(instance)) {
                recordSuspension(instance);
            } else if (event instanceof UserOperationLogEntryEventEntity entry && recorded(entry)) {
                recordOperations(List.of(entry));
            } else if (event.getProcessInstanceId() != null) {
                noteIfInBatchJob(event);
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

        private boolean cancelled(HistoricProcessInstanceEventEntity instance) {
            return HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())
                    && HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(instance.getState())
                    && instance.getBusinessKey() != null;
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
            CommandInvocationContext invocation = Context.getCommandInvocationContext();
            Object command = invocation == null ? null : invocation.getCommand();
            if (command instanceof AbstractSetProcessInstanceStateCmd || command instanceof AbstractSetProcessDefinitionStateCmd) {
                return true;
            }
            JobEntity job = Context.getCommandContext().getCurrentJob();
            return job != null && SUSPENSION_JOBS.contains(job.getJobHandlerType());
        }

        private void recordSuspension(HistoricProcessInstanceEventEntity instance) {
            boolean suspended = HistoricProcessInstance.STATE_SUSPENDED.equals(instance.getState());
            DecisionLog.Entry record = decisionLog.getObject().of(instance.getBusinessKey(),
                            instance.getProcessInstanceId(), instance.getProcessDefinitionKey(), MANUAL_CHANGE)
                    .outcome(suspended ? OPERATION_TYPE_SUSPEND : OPERATION_TYPE_ACTIVATE)
                    .detail("entityType", EntityTypes.PROCESS_INSTANCE)
                    .detail("changed", Map.of("suspensionState", suspended ? "suspended" : "active"));
            CurrentBatch.ofCurrentCommand().ifPresent(batch -> record.detail("batchId", batch.getId()));
            record.append();
        }

        private boolean recorded(UserOperationLogEntryEventEntity entry) {
            return entry.getProcessInstanceId() != null
                    && RECORDED.getOrDefault(entry.getEntityType(), Set.of()).contains(entry.getOperationType());
        }

        private void recordCancellation(HistoricProcessInstanceEventEntity instance) {
            decisionLog.getObject().of(instance.getBusinessKey(), instance.getProcessInstanceId(),
                            instance.getProcessDefinitionKey(), PROCESS_CANCELLED)
                    .outcome("CANCELLED")
                    .reason(instance.getDeleteReason())
                    .append();
        }

        /** Migrated to another version of its model, by hand or by a batch: the version it runs on now. */
        private void recordMigration(HistoricProcessInstanceEventEntity instance) {
            decisionLog.getObject().of(instance.getBusinessKey(), instance.getProcessInstanceId(),
                            instance.getProcessDefinitionKey(), MANUAL_CHANGE)
                    .outcome(UserOperationLogEntry.OPERATION_TYPE_MIGRATE)
                    .detail("changed", Map.of("processDefinitionId", instance.getProcessDefinitionId(),
                            "processDefinitionVersion", instance.getProcessDefinitionVersion()))
                    .append();
        }

        /** An event of a process instance in a command that runs a job of a recorded batch: kept for the record. */
        private void noteIfInBatchJob(HistoryEvent event) {
            CommandContext command = Context.getCommandContext();
            JobEntity job = command == null ? null : command.getCurrentJob();
            if (job == null || !BATCH_OPERATIONS.containsKey(job.getJobHandlerType())) {
                return;
            }
            batchJobsRunning.computeIfAbsent(command, opened -> {
                BatchJobChanges changes = new BatchJobChanges(job.getJobHandlerType(), CurrentBatch.ofCurrentCommand());
                opened.registerCommandContextListener(changes);
                return changes;
            }).note(event);
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
        return Optional.of(decisionLog.getObject().of(instance.getBusinessKey(), processInstanceId,
                instance.getProcessDefinitionKey(), MANUAL_CHANGE));
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
     * What one batch job changed, per process instance, recorded when its command closes (before the flush, in the
     * job's transaction): the instances it touched, the variables it set.
     */
    private final class BatchJobChanges implements CommandContextListener {

        private final String batchType;
        private final BatchEntity batch;
        private final Set<String> touched = new LinkedHashSet<>();
        private final Map<String, Map<String, Object>> variablesByInstance = new LinkedHashMap<>();
        private boolean closed;

        BatchJobChanges(String batchType, Optional<BatchEntity> batch) {
            this.batchType = batchType;
            this.batch = batch.orElse(null);
        }

        void note(HistoryEvent event) {
            if (closed) {
                // A task created in this job reports its last update while the command closes: its instance is noted.
                return;
            }
            String instance = event.getProcessInstanceId();
            touched.add(instance);
            if (event instanceof HistoricVariableUpdateEventEntity update && Batch.TYPE_SET_VARIABLES.equals(batchType)
                    && Objects.equals(update.getProcessInstanceId(), update.getExecutionId())) {
                variablesByInstance.computeIfAbsent(instance, id -> new LinkedHashMap<>())
                        .put(update.getVariableName(), valueOf(update));
            }
        }

        @Override
        public void onCommandContextClose(CommandContext command) {
            closed = true;
            // The actor is the batch's creator: the job runs without a user (DecisionLog.currentActor).
            touched.forEach(instanceId -> manualChangeOf(command, instanceId).ifPresent(record -> {
                record.outcome(BATCH_OPERATIONS.get(batchType)).detail("batchId", batch == null ? null : batch.getId());
                Map<String, Object> variables = variablesByInstance.get(instanceId);
                if (variables != null) {
                    record.detail("variables", variables);
                }
                record.append();
            }));
        }

        @Override
        public void onCommandFailed(CommandContext command, Throwable failure) {
            closed = true;
        }
    }
}
