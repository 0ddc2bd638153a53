package vn.hcmc.initiatives.support;

import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.MultiValueMap;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.context.TestComponent;

/** HTTP calls to the running service as a demo user (password {@code demo}), or without credentials. */
@TestComponent
public class Rest {

    private final Environment environment;

    Rest(Environment environment) {
        this.environment = environment;
    }

    /** The port is known only once the server runs, after this bean is made. */
    private String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public ResponseEntity<String> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    public ResponseEntity<String> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    public ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
        TestRestTemplate template = new TestRestTemplate(new RestTemplateBuilder());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return template.exchange(base() + path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** A multipart form (a deployment's files, a task's attachment), as Camunda Modeler and browsers send it. */
    public ResponseEntity<String> postParts(String user, String path, MultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(user, "demo");
        return new TestRestTemplate(new RestTemplateBuilder()).exchange(base() + path, HttpMethod.POST,
                new HttpEntity<>(parts, headers), String.class);
    }

    /** A file's part of a multipart form, under its file name. */
    public static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** Camunda REST variables: {@code {"name": {"value": ...}}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    public String url(String path) {
        return base() + path;
    }
}
