package vn.hcmc.initiatives.decisionlog;

import java.util.Optional;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The batch whose job the current command runs. A batch (Cockpit's batch operations, the REST API's {@code …-async}
 * calls) is executed later by the job executor, without the user who created it; what its jobs change was
 * nevertheless decided by that user, and Camunda keeps the user on the batch. A batch job's definition names its batch
 * in its configuration.
 */
final class CurrentBatch {

    private CurrentBatch() {
    }

    /** The batch the current command executes a job of; empty outside a batch job (and cheap to ask there). */
    static Optional<BatchEntity> ofCurrentCommand() {
        CommandContext command = Context.getCommandContext();
        JobEntity job = command == null ? null : command.getCurrentJob();
        if (job == null || job.getJobDefinitionId() == null
                || !command.getProcessEngineConfiguration().getBatchHandlers().containsKey(job.getJobHandlerType())) {
            return Optional.empty();
        }
        JobDefinitionEntity definition = command.getJobDefinitionManager().findById(job.getJobDefinitionId());
        if (definition == null || definition.getJobConfiguration() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(command.getDbEntityManager().selectById(BatchEntity.class, definition.getJobConfiguration()));
    }

    /** The creator of the batch the current command executes a job of; empty outside a batch job. */
    static Optional<String> creator() {
        return ofCurrentCommand().map(BatchEntity::getCreateUserId);
    }
}
