package vn.hcmc.initiatives.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Sends one kind of request at a fixed rate from one thread over loopback (keep-alive). Each request is
 * measured twice: from sending to the response (service time), and from the moment it was due to the
 * response, which also counts the wait behind slower answers when the rate cannot be held.
 *
 * <p>The client runs in a JVM of its own ({@link #main}), started once and fed one call at a time over its
 * standard input, as every client of the service is outside its JVM: its allocations, collections and threads
 * are not the service's. (Earlier rounds ran it inside the service's JVM. The tail the unpaged task list showed
 * there, p95 60–90 ms against Tomcat's own 20–26 ms, shows from here too, so it is not the probe's.)
 */
final class LatencyProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path accessLog;
    private final Process client;
    private final BufferedWriter toClient;
    private final BufferedReader fromClient;

    /**
     * @param accessLog Tomcat's access log of the service, one line per request ending in its processing time in
     *                  microseconds ({@code %D}): the service's own time for the same requests, beside the
     *                  time the client waited
     */
    LatencyProbe(String base, double ratePerSecond, Path accessLog) throws IOException {
        this.accessLog = accessLog;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        client = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LatencyProbe.class.getName(),
                base, Double.toString(ratePerSecond)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        toClient = new BufferedWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8));
        fromClient = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    }

    record Call(String user, String method, String path, String body) {
    }

    /** What the client process sends back for one call: per request, in order. */
    record Timings(double[] millis, double[] fromDue, int[] statuses, int[] wireBytes, List<String> bodies,
                   double seconds) {
    }

    record Result(String name, int count, int failures, double p50, double p95, double p99, double max,
                  double dueP50, double dueP95, double dueP99, double achievedRate, int wireBytesP50,
                  double[] service, List<String> bodies) {

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("call", name);
            json.put("count", count);
            json.put("failures", failures);
            json.put("p50Ms", p50);
            json.put("p95Ms", p95);
            json.put("p99Ms", p99);
            json.put("maxMs", max);
            json.put("fromDueP50Ms", dueP50);
            json.put("fromDueP95Ms", dueP95);
            json.put("fromDueP99Ms", dueP99);
            json.put("achievedRatePerSecond", achievedRate);
            json.put("bodyBytesOnTheWireP50", wireBytesP50);
            if (service.length > 0) {
                json.put("serviceP50Ms", percentile(service, 50));
                json.put("serviceP95Ms", percentile(service, 95));
                json.put("serviceP99Ms", percentile(service, 99));
                json.put("serviceMaxMs", percentile(service, 100));
            }
            return json;
        }
    }

    /** Measures {@code count} requests; {@code keepBodies}: the answers' bodies come back in the result. */
    Result measure(String name, int count, boolean keepBodies, IntFunction<Call> calls) throws Exception {
        List<Call> all = IntStream.range(0, count).mapToObj(calls).toList();
        int logged = accessLogLines().size();
        toClient.write(JSON.writeValueAsString(Map.of("calls", all, "keepBodies", keepBodies)));
        toClient.newLine();
        toClient.flush();
        String answer = fromClient.readLine();
        if (answer == null) {
            throw new IllegalStateException("the latency client process ended (exit " + client.waitFor() + ")");
        }
        Timings timings = JSON.readValue(answer, Timings.class);
        int failures = 0;
        for (int i = 0; i < count; i++) {
            if (timings.statuses()[i] >= 300) {
                failures++;
            }
        }
        double[] millis = timings.millis().clone();
        double[] fromDue = timings.fromDue().clone();
        Arrays.sort(millis);
        Arrays.sort(fromDue);
        return new Result(name, count, failures, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                percentile(millis, 100), percentile(fromDue, 50), percentile(fromDue, 95), percentile(fromDue, 99),
                Math.round(count / timings.seconds() * 10) / 10.0, median(timings.wireBytes()),
                serviceMillis(logged, count), timings.bodies());
    }

    @Override
    public void close() throws Exception {
        toClient.close();
        if (!client.waitFor(10, TimeUnit.SECONDS)) {
            client.destroy();
        }
    }

    /** The client process: base URL and rate as arguments, one line of calls in, one line of timings out. */
    public static void main(String[] args) throws Exception {
        String base = args[0];
        long interval = (long) (1_000_000_000L / Double.parseDouble(args[1]));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode request = JSON.readTree(line);
            List<Call> calls = JSON.convertValue(request.get("calls"), new TypeReference<List<Call>>() { });
            boolean keepBodies = request.get("keepBodies").asBoolean();
            int count = calls.size();
            double[] millis = new double[count];
            double[] fromDue = new double[count];
            int[] statuses = new int[count];
            int[] wireBytes = new int[count];
            List<String> bodies = new ArrayList<>();
            int failures = 0;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Call call = calls.get(i);
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + call.path()))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((call.user() + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        // as every browser asks (Tasklist, Cockpit); the answer is read as they read it
                        .header("Accept-Encoding", "gzip");
                builder.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
                long sent = System.nanoTime();
                HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                String body = decoded(response);
                long received = System.nanoTime();
                wireBytes[i] = response.body().length;
                millis[i] = (received - sent) / 1e6;
                fromDue[i] = (received - due) / 1e6;
                statuses[i] = response.statusCode();
                if (response.statusCode() >= 300 && ++failures <= 3) {
                    System.err.println("[bench] " + call.method() + " " + call.path() + " -> " + response.statusCode()
                            + " " + body);
                }
                if (keepBodies) {
                    bodies.add(body);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(JSON.writeValueAsString(new Timings(millis, fromDue, statuses, wireBytes, bodies, seconds)));
        }
    }

    /** The body as text, unzipped when the service compressed it. */
    private static String decoded(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unzipped.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The service's own time for the requests just sent: the access-log lines written since {@code from} (the
     * probe is the only client, one request at a time). Empty when the log is not there or does not add up.
     */
    private double[] serviceMillis(int from, int count) throws InterruptedException {
        List<String> lines = accessLogLines();
        for (int wait = 0; wait < 20 && lines.size() < from + count; wait++) {
            Thread.sleep(50);
            lines = accessLogLines();
        }
        if (lines.size() != from + count) {
            return new double[0];
        }
        double[] millis = lines.subList(from, from + count).stream()
                .mapToDouble(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1).strip()) / 1000.0).toArray();
        Arrays.sort(millis);
        return millis;
    }

    private List<String> accessLogLines() {
        try {
            return Files.exists(accessLog) ? Files.readAllLines(accessLog) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
    }

    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, Math.min(rank, sorted.length - 1))] * 10) / 10.0;
    }
}
