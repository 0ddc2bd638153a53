package vn.hcmc.initiatives.api;

import org.springframework.http.HttpStatus;

/** A refused API call: its status, a message a user understands, and the field at fault if any. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public ApiException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, null, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, null, message);
    }

    public static ApiException badField(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, field + ": " + message);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
