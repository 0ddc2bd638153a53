package vn.hcmc.initiatives.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Camunda grants every user all permissions on their own account, deleting it included: over the REST API
 * ({@code DELETE /engine-rest/user/{id}}) an official could remove their own account, and with it their group
 * memberships, while the tasks assigned to them (a correction, a completion report, a vote) wait for a user nobody
 * can log in as any more. An account is removed by an administrator (Camunda Admin), who hands its tasks on first;
 * removing one's own is refused (403), also for an administrator, who could otherwise remove the last one. Changing
 * one's own profile and password stays each user's own.
 */
@Component
class NobodyDeletesTheirOwnAccount extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new OwnAccountKept());
    }

    private static final class OwnAccountKept extends IdentityServiceImpl {

        @Override
        public void deleteUser(String userId) {
            Authentication caller = getCurrentAuthentication();
            if (caller != null && caller.getUserId() != null && caller.getUserId().equals(userId)) {
                throw new AuthorizationException(userId + " không thể tự xóa tài khoản của mình: an account is removed"
                        + " by an administrator, who hands its tasks on first");
            }
            super.deleteUser(userId);
        }
    }
}
