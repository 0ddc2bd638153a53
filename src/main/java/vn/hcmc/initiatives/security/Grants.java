package vn.hcmc.initiatives.security;

import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent authorization grants: a grant that exists is widened, never duplicated. */
@Component
public class Grants {

    public static final String ANY = Authorization.ANY;

    private final AuthorizationService authorizations;

    Grants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        widen(Authorization.AUTH_TYPE_GRANT, query -> query.groupIdIn(groupId), grant -> grant.setGroupId(groupId),
                resource, resourceId, permissions);
    }

    public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
        widen(Authorization.AUTH_TYPE_GRANT, query -> query.userIdIn(userId), grant -> grant.setUserId(userId),
                resource, resourceId, permissions);
    }

    /** A global grant applies to every user, also to users an administrator adds later. */
    public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
        widen(Authorization.AUTH_TYPE_GLOBAL, query -> { }, grant -> { }, resource, resourceId, permissions);
    }

    /**
     * Grants on a resource created in the same transaction (a process instance that is starting), which
     * cannot hold an authorization yet: inserted without looking for one to widen.
     */
    public void toUserOnNew(String userId, Resource resource, String resourceId, Permission... permissions) {
        insert(grant -> grant.setUserId(userId), resource, resourceId, permissions);
    }

    /** See {@link #toUserOnNew}. */
    public void toGroupOnNew(String groupId, Resource resource, String resourceId, Permission... permissions) {
        insert(grant -> grant.setGroupId(groupId), resource, resourceId, permissions);
    }

    private void insert(Consumer<Authorization> assignee, Resource resource, String resourceId, Permission... permissions) {
        save(newGrant(Authorization.AUTH_TYPE_GRANT, assignee, resource, resourceId), permissions);
    }

    private void widen(int type, Consumer<AuthorizationQuery> who, Consumer<Authorization> assignee,
                       Resource resource, String resourceId, Permission... permissions) {
        AuthorizationQuery query = authorizations.createAuthorizationQuery()
                .authorizationType(type).resourceType(resource).resourceId(resourceId);
        who.accept(query);
        Authorization grant = query.singleResult();
        if (grant == null) {
            grant = newGrant(type, assignee, resource, resourceId);
        } else if (grantsAll(grant, permissions)) {
            return;
        }
        save(grant, permissions);
    }

    private Authorization newGrant(int type, Consumer<Authorization> assignee, Resource resource, String resourceId) {
        Authorization grant = authorizations.createNewAuthorization(type);
        assignee.accept(grant);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        return grant;
    }

    private void save(Authorization grant, Permission... permissions) {
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    private static boolean grantsAll(Authorization grant, Permission... permissions) {
        for (Permission permission : permissions) {
            if (!grant.isPermissionGranted(permission)) {
                return false;
            }
        }
        return true;
    }
}
