package vn.hcmc.initiatives.security;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Who calls the engine from outside — Tasklist, the REST API, a client — when that is a user who is not an
 * administrator: the caller the guards on hand changes and on messages check. A call made inside a running command
 * (the procedure's own steps, the service's code) and a call without a user are not from such a caller.
 */
final class OutsideCaller {

    private OutsideCaller() {
    }

    /** The user id of an outside call by a non-administrator; empty inside a command, without a user, or for an admin. */
    static Optional<String> nonAdministrator(IdentityService identity) {
        if (Context.getCommandContext() != null) {
            return Optional.empty();
        }
        return Groups.nonAdministrator(identity.getCurrentAuthentication());
    }
}
