package vn.hcmc.initiatives.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import vn.hcmc.initiatives.api.BodyTooLarge;

/**
 * The REST API reports any exception from a listener or delegate as a 500, also when our checks
 * refused bad input. A refusal is the caller's fault: answer 400 (403 for a rights problem) with the
 * message and the field named, as the REST API does for its own form validation; 404 when it names a task (or
 * anything else) that is not there, which Camunda answers with 500 from most task actions; 409 when someone else
 * changed the same thing at the same moment; 400 naming the variable for a value in Java's serialization format,
 * {@code id} for a user, group or tenant id outside the allowed form, {@code password} for a password short of the
 * password policy (Camunda answers each of these with a 500); 413 for a body over the service's limit, which the
 * reader met ({@link RequestSizeLimit}).
 */
@Priority(1)
public class ValidationErrorMapper implements ExceptionMapper<RestException> {

    /** Camunda's refusal of a variable in Java's serialization format (java-serialization-format-enabled: false). */
    private static final Pattern JAVA_SERIALIZATION = Pattern.compile(
            "ENGINE-17007 Cannot set variable with name (\\S+)\\. Java serialization format is prohibited");
    /** The identity service's refusal of an id outside the configured pattern (Admin, REST): the caller's id. */
    private static final Pattern INVALID_ID = Pattern.compile("^(User|Group|Tenant) has an invalid id: ");
    /** The identity service's refusal of a password under the password policy (profile postgres). */
    private static final String WEAK_PASSWORD = "Password does not match policy";
    private static final Pattern NOT_THERE = Pattern.compile("(?i)cannot find|doesn't exist|does not exist|not found|^no [^:]* found");

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        return refusalIn(exception.getCause()).or(() -> fieldNamedIn(exception))
                .orElseGet(() -> camundaDefault.toResponse(exception));
    }

    /**
     * Some resources (a restart) answer a refusal as a 400 of their own that keeps only its message: the field it
     * names ({@link HandChangeMistakes}) is named in the answer as it would be from the refusal itself.
     */
    private static Optional<Response> fieldNamedIn(RestException exception) {
        String field = exception.getCause() == null && exception.getStatus() == Response.Status.BAD_REQUEST
                ? fieldNamedBy(exception.getMessage()) : null;
        return field == null ? Optional.empty() : Optional.of(refusal(Response.Status.BAD_REQUEST,
                exception.getClass().getSimpleName(), exception.getMessage(), field));
    }

    /** The field a refusal names, as "field: what is wrong with it", or null. */
    private static String fieldNamedBy(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        return colon > 0 && message.substring(0, colon).matches("[A-Za-z]+") ? message.substring(0, colon) : null;
    }

    /** The first refusal of bad input or of a right in the chain of causes from {@code first}, as its answer. */
    static Optional<Response> refusalIn(Throwable first) {
        for (Throwable cause = first; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return Optional.of(refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge",
                        tooLarge.getMessage(), null));
            }
            if (cause instanceof FormFieldValidationException invalid) {
                return Optional.of(refusal(Response.Status.BAD_REQUEST, "FormFieldValidationException",
                        invalid.getMessage(), invalid.getDetail() == null ? null : invalid.getDetail().toString()));
            }
            if (cause instanceof AuthorizationException denied) {
                return Optional.of(refusal(Response.Status.FORBIDDEN, "AuthorizationException", denied.getMessage(), null));
            }
            if (cause instanceof OptimisticLockingException race) {
                // Two people changed the same thing at once (two party members completing one group task): the
                // later one's transaction is rolled back. A conflict to report, with Camunda's code (1) kept.
                return Optional.of(refusal(Response.Status.CONFLICT, "OptimisticLockingException", race.getMessage(),
                        null, race.getCode()));
            }
            if (cause == first && cause instanceof NullValueException absent) {
                // Camunda's "Cannot find task with id x: task is null" (a 500 from most task actions): the caller
                // named something that is not there. Any other missing value is the caller's too: 400. Only as the
                // command's own answer: deeper down (in a listener) a missing value is the service's fault.
                return Optional.of(refusal(isNotThere(absent.getMessage(), null) ? Response.Status.NOT_FOUND
                        : Response.Status.BAD_REQUEST, "InvalidRequestException", absent.getMessage(), null));
            }
            Matcher serialized = cause instanceof ProcessEngineException
                    ? JAVA_SERIALIZATION.matcher(String.valueOf(cause.getMessage())) : null;
            if (serialized != null && serialized.find()) {
                String variable = serialized.group(1);
                return Optional.of(refusal(Response.Status.BAD_REQUEST, "InvalidRequestException", variable
                        + ": a value in Java's serialization format is not accepted; send it as JSON (type Json, or"
                        + " Object with serializationDataFormat application/json)", variable));
            }
            if (cause instanceof ProcessEngineException invalidId && cause.getMessage() != null
                    && INVALID_ID.matcher(cause.getMessage()).find()) {
                return Optional.of(refusal(Response.Status.BAD_REQUEST, "InvalidRequestException",
                        "id: " + invalidId.getMessage(), "id"));
            }
            if (cause instanceof ProcessEngineException && WEAK_PASSWORD.equals(cause.getMessage())) {
                return Optional.of(refusal(Response.Status.BAD_REQUEST, "InvalidRequestException", "password: mật"
                        + " khẩu cần ít nhất 10 ký tự, có chữ thường, chữ hoa, chữ số và ký tự đặc biệt, và không chứa"
                        + " tên đăng nhập hay họ tên (the password policy: GET /engine-rest/identity/password-policy)",
                        "password"));
            }
            if (cause instanceof BadUserRequestException bad) {
                String message = bad.getMessage();
                String field = fieldNamedBy(message);
                return Optional.of(refusal(isNotThere(message, field) ? Response.Status.NOT_FOUND
                        : Response.Status.BAD_REQUEST, "BadUserRequestException", message, field));
            }
        }
        return Optional.empty();
    }

    /** A refusal that names no field of the request and says that what it names is not there. */
    private static boolean isNotThere(String message, String field) {
        return field == null && message != null && NOT_THERE.matcher(message).find();
    }

    static Response refusal(Response.Status status, String type, String message, String field) {
        return refusal(status, type, message, field, 0);
    }

    private static Response refusal(Response.Status status, String type, String message, String field, int code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("field", field);
        body.put("code", code);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
