package vn.hcmc.initiatives.implementation;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.registration.InitiativeProcess;

/**
 * Delivers an agency decision to a running initiative by its business key, with errors a Tasklist user
 * understands. Engine calls made inside a delegate skip authorization checks, so the right to act on
 * the initiative (UPDATE, granted to its agency's head) is checked here explicitly.
 */
@Component
class InitiativeMessages {

    static final String INITIATIVE_KEY = InitiativeProcess.INITIATIVE_KEY;

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ServiceCommands service;

    InitiativeMessages(RuntimeService runtime, IdentityService identity, AuthorizationService authorizations,
                       ServiceCommands service) {
        this.service = service;
        this.runtime = runtime;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    void deliver(String initiativeKey, String message, Map<String, Object> variables) {
        if (initiativeKey == null || initiativeKey.isBlank()) {
            throw new BadUserRequestException(INITIATIVE_KEY + ": nhập mã sáng kiến (required)");
        }
        ProcessInstance initiative = service.call(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(InitiativeProcess.KEY).processInstanceBusinessKey(initiativeKey).singleResult());
        if (initiative == null) {
            throw new BadUserRequestException(INITIATIVE_KEY + ": không có sáng kiến đang xử lý với mã '"
                    + initiativeKey + "' (unknown or finished initiative)");
        }
        Authentication user = identity.getCurrentAuthentication();
        if (user != null && !authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), Permissions.UPDATE,
                Resources.PROCESS_INSTANCE, initiative.getId())) {
            throw new AuthorizationException(user.getUserId() + " may not act on initiative " + initiativeKey
                    + ": only the head of its agency may suspend, resume, stop it or report a risk");
        }
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(initiativeKey)
                    .setVariables(variables).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new BadUserRequestException(INITIATIVE_KEY + ": sáng kiến '" + initiativeKey
                    + "' hiện không ở giai đoạn nhận quyết định này (" + message + " cannot be received now)", e);
        }
    }
}
