package vn.hcmc.initiatives.security;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.NewTasks;

/**
 * When a task gets a candidate group or an assignee, Camunda grants them the task. Before it inserts that
 * grant it looks for one to widen ({@code SELECT * FROM ACT_RU_AUTHORIZATION WHERE ... RESOURCE_ID_ = ?}),
 * one query per group or user. For a task created in the same command there is nothing to find: the task's
 * id is new. So for such a task the grant is inserted without the query; twelve queries per initiative.
 * Two grants for the same group in one command are still merged: Camunda's provider does that in its
 * entity cache, not in the database. A task that already existed (a claim, a delegation) is looked up as
 * before.
 */
@Component
class NoLookupForNewTasks extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskGrants());
    }

    /** Camunda's default grants, without the lookup for a new task; public for the engine configuration. */
    public static class TaskGrants extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
                                                            Resource resource) {
            if (NewTasks.createdInThisCommand(taskId)) {
                return null;
            }
            return super.getGrantAuthorization(taskId, userId, groupId, resource);
        }
    }
}
