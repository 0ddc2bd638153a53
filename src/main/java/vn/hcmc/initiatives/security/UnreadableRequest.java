package vn.hcmc.initiatives.security;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.glassfish.jersey.server.ParamException;
import vn.hcmc.initiatives.api.JsonFieldPath;

/**
 * A request the REST API cannot read is a 400 that says where and why. Camunda's own mappers answer a body it cannot
 * read with an empty message ({@code {"type":"InvalidRequestException","message":""}}), so a caller who sent {@code
 * "priority": "high"} or cut a body short learnt nothing; and a query parameter that is not a number or a date
 * ({@code ?maxResults=abc}) was a 404 "HTTP 404 Not Found", as JAX-RS has it, as if the path did not exist; a
 * negative page ({@code ?maxResults=-5}) reached the database, which refused it (500, "Invalid value -5 for parameter
 * result FETCH") or, for some values, answered an empty list as if there were nothing to list.
 */
final class UnreadableRequest {

    private UnreadableRequest() {
    }

    /** A value of the wrong shape: named by its path in the body. */
    @Priority(1)
    public static class WrongValue implements ExceptionMapper<JsonMappingException> {

        @Override
        public Response toResponse(JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException broken) {
                return notJson(broken);
            }
            String field = JsonFieldPath.of(e);
            String reason = JsonFieldPath.messageOf(e);
            return ValidationErrorMapper.refusal(Response.Status.BAD_REQUEST, "InvalidRequestException",
                    field == null ? "the request body cannot be read: " + reason : field + ": " + reason, field);
        }
    }

    /** Not JSON at all: where the parser stopped. */
    @Priority(1)
    public static class NotJson implements ExceptionMapper<JsonParseException> {

        @Override
        public Response toResponse(JsonParseException e) {
            return notJson(e);
        }
    }

    /** A query (or other) parameter that cannot be read as its type: named. */
    @Priority(1)
    public static class WrongParameter implements ExceptionMapper<ParamException> {

        @Override
        public Response toResponse(ParamException e) {
            String name = e.getParameterName();
            String reason = e.getCause() == null ? "cannot be read" : "cannot be read (" + e.getCause().getMessage() + ")";
            return ValidationErrorMapper.refusal(Response.Status.BAD_REQUEST, "InvalidRequestException",
                    name + ": " + reason, name);
        }
    }

    /**
     * {@code firstResult} and {@code maxResults}, the paging of every list and count the REST API answers, are
     * numbers from 0: a negative one is refused before any query runs.
     */
    @Priority(1)
    public static class NegativePage implements ContainerRequestFilter {

        private static final List<String> PAGING = List.of("firstResult", "maxResults");

        @Override
        public void filter(ContainerRequestContext request) {
            for (String name : PAGING) {
                for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, List.of())) {
                    if (value.trim().matches("-\\d+")) { // not a number at all: WrongParameter names it
                        request.abortWith(ValidationErrorMapper.refusal(Response.Status.BAD_REQUEST,
                                "InvalidRequestException", name + ": must be 0 or more, not " + value.trim(), name));
                        return;
                    }
                }
            }
        }
    }

    private static Response notJson(JsonParseException e) {
        // Jackson names the stream it read ("[Source: REDACTED …]"), not the caller's document: left out.
        String reason = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source: [^]]*]\\)", "");
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ValidationErrorMapper.refusal(Response.Status.BAD_REQUEST, "InvalidRequestException",
                "the request body is not valid JSON: " + reason + where, null);
    }
}
