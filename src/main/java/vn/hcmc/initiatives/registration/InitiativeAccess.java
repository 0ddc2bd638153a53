package vn.hcmc.initiatives.registration;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.security.Grants;
import vn.hcmc.initiatives.security.Groups;

/**
 * Who may see one initiative in the engine: its proposer and its agency's head, leadership and party
 * committee. The head may also act on it (suspend, resume, stop, report a risk). City-level roles read
 * every initiative through their process-definition grant.
 */
@Component
class InitiativeAccess {

    private final Grants grants;
    private final ServiceCommands service;

    InitiativeAccess(Grants grants,
                     ServiceCommands service) {
        this.service = service;
        this.grants = grants;
    }

    /**
     * Called once, as the initiative's process instance starts (or is started halfway by an administrator, who may
     * not name its proposer: then {@code null}): nothing is granted on it yet.
     */
    void grantTo(String processInstanceId, String agencyCode, String proposer) {
        service.run(() -> {
            if (proposer != null) {
                grants.toUserOnNew(proposer, PROCESS_INSTANCE, processInstanceId, READ);
            }
            grants.toGroupOnNew(Groups.leaders(agencyCode), PROCESS_INSTANCE, processInstanceId, READ);
            grants.toGroupOnNew(Groups.party(agencyCode), PROCESS_INSTANCE, processInstanceId, READ);
            grants.toGroupOnNew(Groups.head(agencyCode), PROCESS_INSTANCE, processInstanceId, READ, UPDATE);
        });
    }
}
