package vn.hcmc.initiatives.decisionlog;

import static vn.hcmc.initiatives.config.EngineLists.appended;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Deleting an ended initiative's history — in Cockpit, over REST ({@code DELETE /history/process-instance/{id}}), as a
 * batch, or with the deployment of its model — erases what the engine kept of it: its steps, each value submitted,
 * who worked on which task. The decision log keeps its records (they are never deleted), and now also says who
 * erased the rest and when: one {@code MANUAL_CHANGE} record per initiative, outcome {@code DeleteHistory}, entity
 * type {@code ProcessInstance}, with the batch's id when a batch did it. Camunda's user operation log names no
 * instance for these deletions. Written in the deleting transaction: a deletion refused or rolled back leaves no
 * record. The history cleanup, which removes history at the end of its retention time (5 years), is not an
 * intervention and is not recorded.
 */
@Component
class RecordHistoryDeletions extends AbstractProcessEnginePlugin {

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

    /** The engine's manager of historic process instances, recording the deletions an administrator asks for. */
    private final class Manager extends HistoricProcessInstanceManager {

        @Override
        public void deleteHistoricProcessInstanceByIds(List<String> processInstanceIds) {
            List<HistoricProcessInstanceEntity> initiatives = processInstanceIds.stream()
                    .map(this::findHistoricProcessInstance).filter(Objects::nonNull).toList();
            super.deleteHistoricProcessInstanceByIds(processInstanceIds);
            record(initiatives);
        }

        @Override
        public void deleteHistoricProcessInstanceByProcessDefinitionId(String processDefinitionId) {
            List<HistoricProcessInstanceEntity> initiatives = Context.getCommandContext().runWithoutAuthorization(() ->
                    findHistoricProcessInstancesByQueryCriteria(
                            new HistoricProcessInstanceQueryImpl().processDefinitionId(processDefinitionId),
                            new Page(0, Integer.MAX_VALUE)).stream()
                            .map(HistoricProcessInstanceEntity.class::cast).toList());
            super.deleteHistoricProcessInstanceByProcessDefinitionId(processDefinitionId);
            record(initiatives);
        }

        private void record(List<HistoricProcessInstanceEntity> instances) {
            for (HistoricProcessInstanceEntity instance : instances) {
                if (instance.getBusinessKey() == null) {
                    continue; // not an initiative's or a campaign's: no decision log to put it on
                }
                DecisionLog.Entry record = decisionLog.getObject().of(instance.getBusinessKey(), instance.getId(),
                                instance.getProcessDefinitionKey(), RecordManualInterventions.MANUAL_CHANGE)
                        .outcome(UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY)
                        .detail("entityType", EntityTypes.PROCESS_INSTANCE);
                CurrentBatch.ofCurrentCommand().ifPresent(batch -> record.detail("batchId", batch.getId()));
                record.append();
            }
        }
    }
}
