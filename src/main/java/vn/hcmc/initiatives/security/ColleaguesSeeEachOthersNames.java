package vn.hcmc.initiatives.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Tasklist names the person who holds a task, wrote a comment or acted in a task's history where the user may read
 * that person's profile, and shows a login id ("binh") where not; Camunda lets each user read only their own. The
 * members of a group work on the same tasks, so each may read the profiles (name, e-mail) of the others: joining a
 * group grants the group READ on the new member's profile, and leaving it takes that grant back. Someone who shares
 * no group with a person (an official of another agency; in one agency, staff and leaders who sit in no common group)
 * still does not read that person's profile.
 * Memberships made before this rule get their grant at start-up ({@link AccessPolicy#colleaguesReadEachOther}).
 */
@Component
class ColleaguesSeeEachOthersNames extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Only in place of Camunda's own users and groups: a directory plugin (LDAP) that set its own provider stays.
        if (configuration.getIdentityProviderSessionFactory() == null) {
            configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(MembershipGrants.class));
        }
    }

    /** Camunda's own users and groups, with the group's grant on each member's profile; public for the engine. */
    public static class MembershipGrants extends DbIdentityServiceProvider {

        @Override
        protected void createDefaultMembershipAuthorizations(String userId, String groupId) {
            super.createDefaultMembershipAuthorizations(userId, groupId);
            AuthorizationManager authorizations = getAuthorizationManager();
            AuthorizationEntity grant = authorizations.findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, groupId,
                    USER, userId);
            if (grant == null) {
                grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
                grant.setGroupId(groupId);
                grant.setResource(USER);
                grant.setResourceId(userId);
                grant.addPermission(READ);
                authorizations.insert(grant);
            } else if (!grant.isPermissionGranted(READ)) {
                grant.addPermission(READ);
            }
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            IdentityOperationResult result = super.deleteMembership(userId, groupId);
            if (IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
                getAuthorizationManager().deleteAuthorizationsByResourceIdAndGroupId(USER, userId, groupId);
            }
            return result;
        }
    }
}
