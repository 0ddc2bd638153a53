package vn.hcmc.initiatives.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers refused API calls with {@link ApiError}. First in line: Spring's own problem-details handler would
 * otherwise take the type mismatches and unreadable bodies and leave the field unnamed.
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

    private static ResponseEntity<ApiError> body(HttpStatus status, String message, String field) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, field));
    }
}
