package vn.hcmc.initiatives.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** The JSON body of every 4xx answer of the service's API: what was wrong, and with which field. */
public record ApiError(int status, String error, String message, String field) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer with this status, naming no field. */
    public static ApiError of(HttpStatus status, String message) {
        return of(status, message, null);
    }

    /** The answer with this status, naming the field that was wrong ({@code null}: none). */
    public static ApiError of(HttpStatus status, String message, String field) {
        return new ApiError(status.value(), status.getReasonPhrase(), message, field);
    }

    /** Writes the answer, for a servlet filter that refuses a request before any controller sees it. */
    public void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(this));
    }
}
