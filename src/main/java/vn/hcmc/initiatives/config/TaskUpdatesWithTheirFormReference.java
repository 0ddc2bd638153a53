package vn.hcmc.initiatives.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a task be put back as it was read. Every task here has a Camunda Form, so {@code GET /task/{id}} gives its
 * {@code camundaFormRef}; Camunda 7.24's {@code PUT /task/{id}} cannot read that property back (Jackson is asked to
 * build the interface {@code CamundaFormRef}) and answers 400 with an empty message. Tasklist sets a follow-up or due
 * date by putting back the whole task, so "Đặt ngày theo dõi" failed on every task. The form reference comes from
 * the model and a task update never copies it ({@code TaskDto.updateTask}), so it is dropped from the body of such a
 * PUT before Camunda reads it, on the REST API and on the web apps' own API alike (fixed the same way in Camunda's
 * fork Operaton, operaton#3660). Every other field, and every check of the update, is unchanged.
 */
@Configuration
class TaskUpdatesWithTheirFormReference {

    private static final String FORM_REFERENCE = "camundaFormRef";
    private static final Pattern TASK_UPDATE = Pattern.compile(".*/task/[^/]+");
    private static final int LARGEST_TASK_BODY = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> dropFormReferenceFromTaskUpdates() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new DropFormReference());
        registration.setName("task-updates-with-their-form-reference");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    static final class DropFormReference extends OncePerRequestFilter {

        private final ObjectMapper json = new ObjectMapper();

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"PUT".equals(request.getMethod()) || !TASK_UPDATE.matcher(request.getRequestURI()).matches()
                    || request.getContentLengthLong() > LARGEST_TASK_BODY;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            byte[] start = request.getInputStream().readNBytes(LARGEST_TASK_BODY + 1);
            if (start.length > LARGEST_TASK_BODY) {
                // Not a task's fields: passed on as sent, the rest still unread.
                InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), request.getInputStream());
                chain.doFilter(new WithBody(request, whole, -1), response);
                return;
            }
            byte[] body = withoutFormReference(start);
            chain.doFilter(new WithBody(request, new ByteArrayInputStream(body), body.length), response);
        }

        private byte[] withoutFormReference(byte[] body) {
            try {
                JsonNode task = json.readTree(body);
                if (task instanceof ObjectNode fields && fields.has(FORM_REFERENCE)) {
                    fields.remove(FORM_REFERENCE);
                    return json.writeValueAsBytes(fields);
                }
            } catch (IOException notJson) {
                // Camunda answers what it cannot read.
            }
            return body;
        }
    }

    /** The request with its body read again from {@code body}; a length of -1 leaves the sent length. */
    private static final class WithBody extends HttpServletRequestWrapper {

        private final InputStream body;
        private final int length;
        private boolean finished;

        WithBody(HttpServletRequest request, InputStream body, int length) {
            super(request);
            this.body = body;
            this.length = length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return atEnd(body.read());
                }

                @Override
                public int read(byte[] buffer, int offset, int count) throws IOException {
                    return atEnd(body.read(buffer, offset, count));
                }

                private int atEnd(int read) {
                    finished = read < 0;
                    return read;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return length < 0 ? super.getContentLength() : length;
        }

        @Override
        public long getContentLengthLong() {
            return length < 0 ? super.getContentLengthLong() : length;
        }

        @Override
        public String getHeader(String name) {
            return isLength(name) ? String.valueOf(length) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isLength(name) ? Collections.enumeration(List.of(String.valueOf(length))) : super.getHeaders(name);
        }

        @Override
        public int getIntHeader(String name) {
            return isLength(name) ? length : super.getIntHeader(name);
        }

        private boolean isLength(String header) {
            return length >= 0 && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(header);
        }
    }
}
