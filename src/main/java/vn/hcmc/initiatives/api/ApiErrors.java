package vn.hcmc.initiatives.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers refused API calls with {@link ApiError}. First in line: Spring's own problem-details handler would
 * otherwise take the type mismatches and unreadable bodies and leave the field unnamed, and answer a path, method or
 * body type the API does not serve in a shape of its own.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return body(e.status(), e.getMessage(), e.field());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        BodyTooLarge tooLarge = BodyTooLarge.in(e);
        if (tooLarge != null) {
            return body(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), null);
        }
        if (e.getCause() instanceof JsonMappingException wrong) {
            String field = JsonFieldPath.of(wrong);
            if (field != null) {
                return body(HttpStatus.BAD_REQUEST, field + ": " + JsonFieldPath.messageOf(wrong), field);
            }
        }
        return body(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mistyped(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, e.getName() + ": invalid value '" + e.getValue() + "'", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName() + ": required", e.getParameterName());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> nothingThere(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, "nothing at /" + e.getResourcePath(), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e) {
        HttpHeaders allowed = new HttpHeaders();
        allowed.setAllow(e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods());
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(allowed).body(ApiError.of(HttpStatus.METHOD_NOT_ALLOWED,
                e.getMethod() + " is not answered here; " + allowed.getAllow() + " are"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongContentType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a body of type " + e.getContentType()
                + " is not read here; send " + e.getSupportedMediaTypes(), null);
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, String message, String field) {
        return ResponseEntity.status(status).body(ApiError.of(status, message, field));
    }
}
