package vn.hcmc.initiatives.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Whoever may see an open task may see its own history record, so its comments work in Tasklist.
 * <p>
 * Tasklist's "Add comment" and its task's History tab ask the REST API, which first looks the task up among the
 * historic tasks ({@code TaskCommentResourceImpl}); that lookup needs READ_HISTORY on the whole process definition,
 * which the officials do not have (it would show them every agency's initiatives). So the party member working
 * on a task got "No task found for task id …" for the task in front of him. Here a historic task query that names
 * one task ({@code taskId}) is not filtered when that task is still open and the user may read it as Tasklist
 * lists it (READ on the task or READ_TASK on its process definition, Camunda's own rule for a task). The query can
 * return only that task. Any other historic query, and a task already done, stay Camunda's: READ_HISTORY.
 * Writing a comment still needs the right to work on the task ({@link OnlyFormFieldsThroughTasks}).
 */
final class OpenTaskRecords {

    private OpenTaskRecords() {
    }

    /** True when the query names one open task that the authenticated user may read. */
    static boolean queryNamesAnOpenTaskTheUserMayRead(AuthorizationManager authorizations,
                                                       HistoricTaskInstanceQueryImpl query) {
        String taskId = query.getTaskId();
        if (taskId == null) {
            return false;
        }
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task == null) {
            return false;
        }
        PermissionCheckBuilder check = new PermissionCheckBuilder().disjunctive()
                .atomicCheckForResourceId(TASK, taskId, READ);
        if (task.getProcessDefinitionId() != null) {
            check.atomicCheckForResourceId(PROCESS_DEFINITION, task.getProcessDefinition().getKey(), READ_TASK);
        }
        return authorizations.isAuthorized(check.build());
    }
}
