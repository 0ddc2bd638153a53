package vn.hcmc.initiatives.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Refusals that reach the REST API as an engine exception, which Camunda answers with a 500, although the caller
 * is at fault:
 * <ul>
 *   <li>a DENY (revoke) authorization, refused by the database (changelog 002) because the engine does not evaluate
 *       revokes (authorizationCheckRevokes=never): 400 naming the field {@code type};</li>
 *   <li>a check of ours in a listener that Camunda wraps ("exception while invoking the TaskListener"), e.g. an
 *       assignment {@link OnlyEntitledAssignees} refuses: answered as {@link ValidationErrorMapper} answers it
 *       (400 naming the field, 403 for a right); a 400 of ours thrown as it is (a message's variable,
 *       {@link MessagesCarryOnlyTheirVariables}) gets the field named too.</li>
 * </ul>
 */
@Priority(1)
public class EngineRefusalMapper implements ExceptionMapper<ProcessEngineException> {

    static final String CONSTRAINT = "deny_authorizations_not_used";

    private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(CONSTRAINT)) {
                return ValidationErrorMapper.refusal(Response.Status.BAD_REQUEST, "BadUserRequestException",
                        "type: only GRANT (1) and GLOBAL (0) authorizations are used here; a DENY (2) authorization"
                                + " would be ignored. Remove the GRANT instead.", "type");
            }
        }
        if (!(exception instanceof AuthorizationException)) { // Camunda's 403 names the missing permissions
            Optional<Response> refusal = ValidationErrorMapper.refusalIn(exception);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        return camundaDefault.toResponse(exception);
    }
}
