package vn.hcmc.initiatives.bench;

import java.io.IOException;
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
import java.util.function.IntFunction;

/**
 * Sends one kind of request at a fixed rate from one thread over loopback (keep-alive). Each request is
 * measured twice: from sending to the response (service time), and from the moment it was due to the
 * response, which also counts the wait behind slower answers when the rate cannot be held.
 */
final class LatencyProbe {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final double ratePerSecond;
    private final Path accessLog;

    /**
     * @param accessLog Tomcat's access log of the service, one line per request ending in its processing time in
     *                  microseconds ({@code %D}): the service's own time for the same requests, beside the
     *                  time the probe waited (the probe runs in the service's JVM)
     */
    LatencyProbe(String base, double ratePerSecond, Path accessLog) {
        this.base = base;
        this.ratePerSecond = ratePerSecond;
        this.accessLog = accessLog;
    }

    record Call(String user, String method, String path, String body) {
    }

    record Result(String name, int count, int failures, double p50, double p95, double p99, double max,
                  double dueP50, double dueP95, double dueP99, double achievedRate, double[] service,
                  List<String> bodies) {

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
            if (service.length > 0) {
                json.put("serviceP50Ms", percentile(service, 50));
                json.put("serviceP95Ms", percentile(service, 95));
                json.put("serviceP99Ms", percentile(service, 99));
                json.put("serviceMaxMs", percentile(service, 100));
            }
            return json;
        }
    }

    Result measure(String name, int count, IntFunction<Call> calls) throws Exception {
        long interval = (long) (1_000_000_000L / ratePerSecond);
        double[] millis = new double[count];
        double[] fromDue = new double[count];
        List<String> bodies = new ArrayList<>(count);
        int failures = 0;
        int logged = accessLogLines().size();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Call call = calls.apply(i);
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((call.user() + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Accept", "application/json");
            request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body()));
            long sent = System.nanoTime();
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long received = System.nanoTime();
            millis[i] = (received - sent) / 1e6;
            fromDue[i] = (received - due) / 1e6;
            if (response.statusCode() >= 300) {
                failures++;
                if (failures <= 3) {
                    System.out.println("[bench] " + name + " -> " + response.statusCode() + " " + response.body());
                }
            }
            bodies.add(response.body());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);
        Arrays.sort(fromDue);
        return new Result(name, count, failures, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                percentile(millis, 100), percentile(fromDue, 50), percentile(fromDue, 95), percentile(fromDue, 99),
                Math.round(count / seconds * 10) / 10.0, serviceMillis(logged, count), bodies);
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

    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, Math.min(rank, sorted.length - 1))] * 10) / 10.0;
    }
}
