package vn.hcmc.initiatives.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before the first authorization check of every command, Camunda reads
 * {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} (the whole table) only to drop from the user's
 * groups those that hold no authorization at all. Dropping them changes no answer: a group without an
 * authorization row matches none in the checks that follow. That query was one in four of the service's
 * authorization queries and grows with the table, so the engine here checks with the user's groups as they
 * are (a user is in one to three groups).
 */
@Component
class NoAuthorizedGroupScan extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        factories.add(new GenericManagerFactory(UserGroupsAsTheyAre.class) {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** Camunda's authorization manager, minus the table scan; public for the engine's reflective instantiation. */
    public static class UserGroupsAsTheyAre extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            // A mutable ArrayList, as Camunda passes it: MyBatis reads it reflectively.
            return authenticatedGroupIds == null ? EMPTY_LIST : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
