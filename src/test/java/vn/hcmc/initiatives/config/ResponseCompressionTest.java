package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * Answers over 2 KB go out gzipped to every client that accepts it (every browser does: Tasklist, Cockpit): a
 * task list is JSON that repeats the same names, and a list of 200 tasks is ~150 KB plain and ~5 KB zipped.
 * Clients that do not ask get the plain answer.
 */
@ServiceTest
class ResponseCompressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Rest rest;
    @Autowired
    Scenario scenario;

    private HttpResponse<byte[]> get(String user, String path, boolean acceptGzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.url(path)))
                .header("Accept", "application/json");
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aTaskListIsSentGzippedToAClientThatAcceptsItAndPlainToOneThatDoesNot() throws Exception {
        String instances = IntStream.range(0, 4)
                .mapToObj(i -> scenario.register("an", Scenario.registration("skhcn")).getId())
                .collect(Collectors.joining(","));
        String path = "/engine-rest/task?processInstanceIdIn=" + instances + "&sortBy=id&sortOrder=asc";

        HttpResponse<byte[]> plain = get("giang", path, false);
        HttpResponse<byte[]> zipped = get("giang", path, true);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        JsonNode tasks = JSON.readTree(plain.body());
        assertThat(tasks).hasSize(4);

        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(JSON.readTree(gunzip(zipped.body()))).isEqualTo(tasks);
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
    }

    @Test
    void tasklistsScriptsAreSentGzipped() throws Exception {
        HttpResponse<byte[]> script = get(null, "/camunda/app/tasklist/camunda-tasklist-bootstrap.js", true);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(script.body()), StandardCharsets.UTF_8)).isNotBlank();
    }
}
