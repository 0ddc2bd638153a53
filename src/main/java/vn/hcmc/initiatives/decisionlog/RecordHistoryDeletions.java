package vn.hcmc.initiatives.decisionlog;

import static vn.hcmc.initiatives.config.EngineLists.appended;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Deleting an ended initiative's history — in Cockpit, over REST ({@code DELETE /history/process-instance/{id}}), as a
 * batch, or with the deployment of its model — erases what the engine kept of it: its steps, each value submitted,
 * who worked on which task. The decision log keeps its records (they are never deleted), and now also says who
 * erased the rest and when: one {@code MANUAL_CHANGE} record per initiative, outcome {@code DeleteHistory}, entity
 * type {@code ProcessInstance}, with the batch's id when a batch did it. Camunda's user operation log names no
 * instance for these deletions. The history cleanup, which removes history once its retention time (5 years) has
 * passed since the instance ended, is no intervention: it is recorded as {@code HISTORY_RETENTION_ENDED} by
 * {@code system}, with when the instance ended and the retention in days. Written in the deleting transaction: a
 * deletion refused or rolled back leaves no record.
 */
@Component
class RecordHistoryDeletions extends AbstractProcessEnginePlugin {

    /** The engine's history of an instance was removed by the history cleanup, its retention time having passed. */
    static final String HISTORY_RETENTION_ENDED = "HISTORY_RETENTION_ENDED";

    private final ObjectProvider<DecisionLog> decisionLog;

    RecordHistoryDeletions(ObjectProvider<DecisionLog> decisionLog) {
        this.decisionLog = decisionLog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        SessionFactory managers = new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return HistoricProcessInstanceManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        };
        configuration.setCustomSessionFactories(appended(configuration.getCustomSessionFactories(), managers));
    }

    /** The engine's manager of historic process instances, recording each deletion: by hand and by the cleanup. */
    private final class Manager extends HistoricProcessInstanceManager {

        /** The instances this command has erased (a deployment's cascade erases each model's instances twice). */
        private final Set<String> erased = new HashSet<>();

        /** Every deletion of historic process instances comes here, also a model's (a deployment's cascade). */
        @Override
        public void deleteHistoricProcessInstanceByIds(List<String> processInstanceIds) {
            List<HistoricProcessInstanceEntity> instances = withIds(processInstanceIds);
            super.deleteHistoricProcessInstanceByIds(processInstanceIds);
            boolean retentionEnded = runsTheHistoryCleanup();
            for (HistoricProcessInstanceEntity instance : instances) {
                if (instance.getBusinessKey() == null || !erased.add(instance.getId())) {
                    continue; // not an initiative's or a campaign's (no decision log to put it on), or already recorded
                }
                if (retentionEnded) {
                    recordRetentionEnded(instance);
                } else {
                    recordDeletion(instance);
                }
            }
        }

        /** In one query, not one per instance: the cleanup deletes 500 at a time. */
        private List<HistoricProcessInstanceEntity> withIds(List<String> ids) {
            if (ids.isEmpty()) {
                return List.of();
            }
            HistoricProcessInstanceQueryImpl query = new HistoricProcessInstanceQueryImpl();
            query.processInstanceIds(new HashSet<>(ids));
            return Context.getCommandContext().runWithoutAuthorization(() ->
                            findHistoricProcessInstancesByQueryCriteria(query, new Page(0, ids.size()))).stream()
                    .map(HistoricProcessInstanceEntity.class::cast).toList();
        }

        private void recordDeletion(HistoricProcessInstanceEntity instance) {
            DecisionLog.Entry record = decisionLog.getObject().of(instance.getBusinessKey(), instance.getId(),
                            instance.getProcessDefinitionKey(), RecordManualInterventions.MANUAL_CHANGE)
                    .outcome(UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY)
                    .detail("entityType", EntityTypes.PROCESS_INSTANCE);
            CurrentBatch.ofCurrentCommand().ifPresent(batch -> record.detail("batchId", batch.getId()));
            record.append();
        }

        private void recordRetentionEnded(HistoricProcessInstanceEntity instance) {
            ProcessDefinitionEntity definition = Context.getCommandContext().getProcessDefinitionManager()
                    .findLatestDefinitionById(instance.getProcessDefinitionId());
            decisionLog.getObject().of(instance.getBusinessKey(), instance.getId(), instance.getProcessDefinitionKey(),
                            HISTORY_RETENTION_ENDED)
                    .actor(DecisionLog.SYSTEM)
                    .outcome(UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY)
                    .detail("entityType", EntityTypes.PROCESS_INSTANCE)
                    .detail("endedAt", instance.getEndTime() == null ? null
                            : instance.getEndTime().toInstant().toString())
                    .detail("retentionDays", definition == null ? null : definition.getHistoryTimeToLive())
                    .append();
        }

        private boolean runsTheHistoryCleanup() {
            JobEntity job = Context.getCommandContext().getCurrentJob();
            return job != null && HistoryCleanupJobHandler.TYPE.equals(job.getJobHandlerType());
        }
    }
}
