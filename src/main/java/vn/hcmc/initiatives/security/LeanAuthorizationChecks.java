package vn.hcmc.initiatives.security;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.EngineLists;

/**
 * Camunda's authorization manager with the same answers and less work per check:
 * <ul>
 * <li>Before the first check of every command, Camunda reads {@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION} (the whole table) only to drop from the user's groups those that hold no authorization at
 * all. Dropping them changes no answer: a group without an authorization row matches none in the checks that
 * follow. So the engine here checks with the user's groups as they are (a user is in one to three groups).</li>
 * <li>A check of one resource (may this user complete this task, start this process) is answered from the grant
 * rows that could match it, read with one plain query, instead of the statement MyBatis generates for it
 * ({@link GrantRows}). Only while revokes are never checked (the service's setting, and the database refuses
 * DENY rows); otherwise, and for any check shape {@link GrantRows} does not cover, Camunda answers.</li>
 * </ul>
 * Query filtering (which tasks may this user see) is Camunda's, with two changes:
 * <ul>
 * <li>a historic task query that names an open task the user may read is not filtered ({@link OpenTaskRecords}:
 * Tasklist's comments on the task in front of the user);</li>
 * <li>the process definitions' statistics (how many instances run, fail, have incidents) need READ_INSTANCE on the
 * definition, not only READ: every official may read the models (Tasklist's diagram, {@link AccessPolicy}), but
 * the count of initiatives running city-wide is for those who may read them.</li>
 * </ul>
 */
@Component
class LeanAuthorizationChecks extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        SessionFactory managers = new GenericManagerFactory(Manager.class) {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }
        };
        configuration.setCustomSessionFactories(EngineLists.appended(configuration.getCustomSessionFactories(), managers));
    }

    /** The engine's authorization manager; public for the engine's reflective instantiation. */
    public static class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            // A mutable ArrayList, as Camunda passes it: MyBatis reads it reflectively.
            return authenticatedGroupIds == null ? EMPTY_LIST : new ArrayList<>(authenticatedGroupIds);
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
            // Camunda's single check, as a check of one part (which is what its SQL does with it too).
            return !isAuthorizationEnabled() || isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
            if (!GrantRows.covers(check)) {
                return super.isAuthorized(userId, groupIds, check);
            }
            for (PermissionCheck part : check.getAllPermissionChecks()) {
                if (!isResourceValidForPermission(part)) {
                    throw LOG.invalidResourceForPermission(part.getResource().resourceName(), part.getPermission().getName());
                }
            }
            if (isRevokeAuthCheckEnabled(userId, groupIds)) {
                return super.isAuthorized(userId, groupIds, check);
            }
            return GrantRows.read(getDbSqlSession().getSqlSession().getConnection(),
                    Context.getProcessEngineConfiguration().getDatabaseTablePrefix(), userId,
                    filterAuthenticatedGroupIds(groupIds), check).grant(check);
        }

        @Override
        public void configureHistoricTaskInstanceQuery(HistoricTaskInstanceQueryImpl query) {
            if (isAuthorizationEnabled() && getCurrentAuthentication() != null
                    && OpenTaskRecords.queryNamesAnOpenTaskTheUserMayRead(this, query)) {
                return;
            }
            super.configureHistoricTaskInstanceQuery(query);
        }

        @Override
        public void configureProcessDefinitionStatisticsQuery(ProcessDefinitionStatisticsQueryImpl query) {
            configureQuery(query, PROCESS_DEFINITION, "RES.KEY_", READ_INSTANCE);
        }
    }
}
