package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What Camunda's task update reads after the filter: the task's fields without its form reference, and anything
 * else exactly as it was sent.
 */
class TaskUpdatesWithTheirFormReferenceTest {

    private final TaskUpdatesWithTheirFormReference.DropFormReference filter =
            new TaskUpdatesWithTheirFormReference.DropFormReference();

    @Test
    void aTaskPutBackWholeLosesOnlyItsFormReference() throws Exception {
        String task = "{\"name\":\"Cho ý kiến\",\"followUp\":\"2026-12-03T08:00:00.000+0700\","
                + "\"camundaFormRef\":{\"key\":\"give-party-opinion\",\"binding\":\"latest\",\"version\":null}}";

        Read read = put("/engine-rest/task/abc", task);

        assertThat(read.body).isEqualTo("{\"name\":\"Cho ý kiến\",\"followUp\":\"2026-12-03T08:00:00.000+0700\"}");
        assertThat(read.length).isEqualTo(read.body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void tasklistsOwnApiIsServedTheSameWay() throws Exception {
        Read read = put("/camunda/api/engine/engine/default/task/abc", "{\"camundaFormRef\":null,\"priority\":50}");

        assertThat(read.body).isEqualTo("{\"priority\":50}");
    }

    @Test
    void otherBodiesAndOtherCallsPassAsSent() throws Exception {
        String notJson = "name=x&camundaFormRef=y";
        assertThat(put("/engine-rest/task/abc", notJson).body).isEqualTo(notJson);
        String withoutReference = "{\"name\":\"x\"}";
        assertThat(put("/engine-rest/task/abc", withoutReference).body).isEqualTo(withoutReference);
        String large = "{\"description\":\"" + "a".repeat(100_000) + "\",\"camundaFormRef\":null}";
        assertThat(put("/engine-rest/task/abc", large).body).isEqualTo(large);
        assertThat(put("/engine-rest/task/abc", large, true).body).as("sent without a length").isEqualTo(large);
        String variables = "{\"modifications\":{\"camundaFormRef\":{\"value\":1}}}";
        assertThat(put("/engine-rest/task/abc/variables", variables).body).isEqualTo(variables);
    }

    private record Read(String body, int length) {
    }

    private Read put(String path, String body) throws Exception {
        return put(path, body, false);
    }

    private Read put(String path, String body, boolean chunked) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", path) {
            @Override
            public long getContentLengthLong() {
                return chunked ? -1 : super.getContentLengthLong();
            }
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request.setContent(bytes);
        request.setContentType("application/json");
        AtomicReference<Read> read = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (passed, response) -> {
            HttpServletRequest http = (HttpServletRequest) passed;
            read.set(new Read(new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                    http.getContentLength()));
        });
        return read.get();
    }
}
