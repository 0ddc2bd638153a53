package vn.hcmc.initiatives.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hcmc.initiatives.api.ApiError;
import vn.hcmc.initiatives.api.BodyTooLarge;

/**
 * No request body is larger than {@code initiatives.max-request-size} (20 MB unless set). Camunda's REST API reads a
 * multipart body whole into memory and stores a task's attachment in the database as it comes, without a limit of
 * its own, so any official could put a file of hundreds of megabytes into a task (or a deployment) and the service's
 * memory and database would carry it. A body that says it is larger is refused before anything reads it (413, with
 * a JSON body); one sent without its length stops being read at the limit ({@link BodyTooLarge}), which the service's
 * API and the REST API answer the same.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long limit;

    RequestSizeLimit(@Value("${initiatives.max-request-size:20MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            tooLarge(response, "the request body (" + length + " bytes)");
            return;
        }
        if (length >= 0) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private void tooLarge(HttpServletResponse response, String what) throws IOException {
        ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, what + " is larger than the service accepts (" + limit
                + " bytes, initiatives.max-request-size)").writeTo(response);
    }

    /** A body sent without its length (chunked), read up to the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream body = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int next = body.read();
                        count(next < 0 ? 0 : 1);
                        return next;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge("the request body is larger than the service accepts (" + limit
                                    + " bytes, initiatives.max-request-size)");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
