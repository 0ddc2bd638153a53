package vn.hcmc.initiatives.implementation;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.WithoutAuthorization;
import vn.hcmc.initiatives.registration.InitiativeProcess;

/**
 * Delivers an agency decision to a running initiative by its business key, with errors a Tasklist user
 * understands. The delivery itself runs with the user's own rights: only the initiative's agency head
 * may act on it.
 */
@Component
class InitiativeMessages {

    static final String INITIATIVE_KEY = InitiativeProcess.INITIATIVE_KEY;

    private final RuntimeService runtime;

    InitiativeMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void deliver(String initiativeKey, String message, Map<String, Object> variables) {
        if (initiativeKey == null || initiativeKey.isBlank()) {
            throw new BadUserRequestException(INITIATIVE_KEY + ": nhập mã sáng kiến (required)");
        }
        long running = WithoutAuthorization.call(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(InitiativeProcess.KEY).processInstanceBusinessKey(initiativeKey).count());
        if (running == 0) {
            throw new BadUserRequestException(INITIATIVE_KEY + ": không có sáng kiến đang xử lý với mã '"
                    + initiativeKey + "' (unknown or finished initiative)");
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
