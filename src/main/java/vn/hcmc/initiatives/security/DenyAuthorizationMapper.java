package vn.hcmc.initiatives.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * A DENY (revoke) authorization is refused by the database (changelog 002), because the engine does not
 * evaluate revokes (authorizationCheckRevokes=never). Over REST that refusal is the caller's mistake:
 * 400 naming the field {@code type}, not Camunda's 500.
 */
@Priority(1)
public class DenyAuthorizationMapper implements ExceptionMapper<ProcessEngineException> {

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
        return camundaDefault.toResponse(exception);
    }
}
