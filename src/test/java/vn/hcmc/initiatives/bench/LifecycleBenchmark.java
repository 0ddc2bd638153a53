package vn.hcmc.initiatives.bench;

import static vn.hcmc.initiatives.registration.InitiativeProcess.KEY;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.initiatives.InitiativesApplication;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;

/**
 * Issue 8: lifecycle throughput and SQL cost of the service against the raw engine with the same models,
 * then HTTP latency at growing history sizes. Prints and writes target/bench/results.{json,md}; asserts only
 * that the lifecycles finished, never a timing. Run with {@code bench/run.sh} (profile bench, PostgreSQL).
 */
@Tag("bench")
@SpringBootTest(classes = InitiativesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "initiatives.metrics.refresh-interval=PT1H")
@Import(BenchConfiguration.class)
// Only injection: the process-test-coverage listener that the test dependencies register by default would
// measure itself into our numbers.
@TestExecutionListeners(listeners = DependencyInjectionTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
class LifecycleBenchmark {

    private static final Path OUT = Path.of("target", "bench");

    private final int lifecycles = Integer.getInteger("bench.lifecycles", 200);
    private final int threads = Integer.getInteger("bench.threads", 2);
    private final int warmup = Integer.getInteger("bench.warmup", 20);
    private final int requests = Integer.getInteger("bench.requests", 300);
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "20"));
    private final String historySizes = System.getProperty("bench.historySizes", "1000,10000");

    @Autowired
    ProcessEngine engine;
    @Autowired
    @Qualifier(BenchConfiguration.OURS_SQL)
    SqlCounter oursSql;
    @Autowired
    CommandCounter oursCommands;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, Object> results = new LinkedHashMap<>();

    @Test
    void measuresOursAgainstTheRawEngineThenHttpLatencyAsTheHistoryGrows() throws Exception {
        Files.createDirectories(OUT);
        results.put("machine", Machine.describe());
        results.put("settings", Map.of("lifecycles", lifecycles, "threads", threads, "warmupLifecycles", warmup,
                "requestsPerCall", requests, "requestRatePerSecond", rate, "historySizes", historySizes));

        Phase ours = throughput("ours", Lifecycle.ours(engine), oursSql, oursCommands, 0);
        Phase raw;
        try (RawEngine plain = new RawEngine(System.getenv().getOrDefault("BENCH_RAW_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/sangkien_bench_raw"), environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            plain.deployStripped(Set.of(context.getBeanDefinitionNames()));
            plain.copyIdentity(engine.getIdentityService(), Lifecycle.USERS);
            raw = throughput("raw", Lifecycle.raw(plain.engine), plain.sql, plain.commands, 0);
        }
        results.put("throughput", Map.of("ours", ours.json(), "raw", raw.json(), "ratioOursToRaw", Map.of(
                "lifecyclesPerSecond", round(ours.lifecyclesPerSecond() / raw.lifecyclesPerSecond(), 2),
                "statementsPerLifecycle", round(ours.perLifecycle(ours.sql.statements()) / raw.perLifecycle(raw.sql.statements()), 2),
                "roundTripsPerLifecycle", round(ours.perLifecycle(ours.sql.roundTrips()) / raw.perLifecycle(raw.sql.roundTrips()), 2)),
                "statementsPerLifecycleByKind", Report.byKind(ours, raw)));
        write(ours, raw, List.of());

        List<Map<String, Object>> latency = new ArrayList<>();
        if (!historySizes.isBlank() && !"none".equals(historySizes)) {
            HistoryPrefill prefill = new HistoryPrefill(jdbc);
            LatencyProbe probe = new LatencyProbe("http://127.0.0.1:" + environment.getProperty("local.server.port"), rate);
            // Warm-up of the HTTP paths (JIT, Jersey, connection pool), not recorded.
            latencyAt(probe, 0, Math.min(requests, 20));
            for (String size : historySizes.split(",")) {
                long target = Long.parseLong(size.trim());
                long began = System.nanoTime();
                prefill.fillTo(target);
                System.out.printf("[bench] history filled to %d finished initiatives in %.0f s%n",
                        prefill.finishedInitiatives(), (System.nanoTime() - began) / 1e9);
                latency.addAll(latencyAt(probe, prefill.finishedInitiatives(), requests));
                write(ours, raw, latency);
            }
        }
    }

    private Phase throughput(String name, Lifecycle lifecycle, SqlCounter sql, CommandCounter commands, int offset)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            lifecycle.run(offset + lifecycles + i);
        }
        SqlCounter.Snapshot before = sql.snapshot();
        sql.resetKinds();
        commands.reset();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < lifecycles; i = next.getAndIncrement()) {
                    lifecycle.run(offset + i);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        // The texts of the statements the raw engine does not send at all (authorization, decision log, …).
        Map<String, Map<String, Long>> texts = new LinkedHashMap<>();
        for (String kind : List.of("select act_ru_authorization", "select act_ru_variable", "select act_hi_varinst")) {
            texts.put(kind, sql.textsOf(kind));
        }
        results.put("statementTexts_" + name, texts);
        Phase phase = new Phase(name, lifecycles, seconds, commands.count(), sql.snapshot().minus(before), sql.kinds(),
                sql.millisByKind());
        System.out.println("[bench] " + phase.json());
        return phase;
    }

    private List<Map<String, Object>> latencyAt(LatencyProbe probe, long finished, int requests) throws Exception {
        String registration = json.writeValueAsString(Rest.variables(Scenario.registration("skhcn")));
        List<LatencyProbe.Result> calls = new ArrayList<>();
        LatencyProbe.Result start = probe.measure("start initiative (POST /engine-rest/process-definition/key/initiative/start, an)",
                requests, i -> new LatencyProbe.Call("an", "POST", "/engine-rest/process-definition/key/" + KEY + "/start", registration));
        calls.add(start);
        List<String> started = new ArrayList<>();
        for (String body : start.bodies()) {
            started.add(json.readTree(body).path("id").asText());
        }
        // As Tasklist asks for a list (one page of 15, newest first), and the whole list at once (every task
        // started above, so its length is the number of requests: it measures the size of the answer too).
        calls.add(probe.measure("list group tasks, first page (GET /engine-rest/task?candidateGroup=skhcn-party"
                        + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15, giang)", requests,
                i -> new LatencyProbe.Call("giang", "GET", "/engine-rest/task?candidateGroup=skhcn-party"
                        + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15", null)));
        calls.add(probe.measure("list group tasks, all (GET /engine-rest/task?candidateGroup=skhcn-party, giang)", requests,
                i -> new LatencyProbe.Call("giang", "GET", "/engine-rest/task?candidateGroup=skhcn-party", null)));
        List<String> tasks = new ArrayList<>();
        for (String id : started) {
            tasks.add(engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_GIVE_PARTY_OPINION)
                    .singleResult().getId());
        }
        calls.add(probe.measure("complete task (POST /engine-rest/task/{id}/complete, party opinion, giang)", tasks.size(),
                i -> new LatencyProbe.Call("giang", "POST", "/engine-rest/task/" + tasks.get(i) + "/complete",
                        "{\"variables\":{\"partyOpinion\":{\"value\":\"AGREE\"}}}")));
        List<String> keys = jdbc.queryForList("select p.business_key_ from act_hi_procinst p join act_re_procdef d"
                + " on d.id_ = p.proc_def_id_ where d.key_ = ? and p.end_time_ is not null order by random() limit ?",
                String.class, KEY, requests);
        calls.add(probe.measure("decision log (GET /api/initiatives/{key}/decisions, an)", requests,
                i -> new LatencyProbe.Call("an", "GET", "/api/initiatives/" + keys.get(i % keys.size()) + "/decisions", null)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LatencyProbe.Result call : calls) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("finishedInitiatives", finished);
            row.putAll(call.json());
            System.out.println("[bench] " + row);
            rows.add(row);
        }
        return rows;
    }

    private void write(Phase ours, Phase raw, List<Map<String, Object>> latency) throws Exception {
        results.put("latency", latency);
        results.put("loadAverageAtEnd", Machine.loadAverage());
        Files.writeString(OUT.resolve("results.json"), json.writeValueAsString(results));
        String table = Report.markdown(results, ours, raw, latency);
        Files.writeString(OUT.resolve("results.md"), table);
        System.out.println(table);
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    record Phase(String name, int lifecycles, double seconds, long commands, SqlCounter.Snapshot sql,
                 Map<String, Long> kinds, Map<String, Double> millisByKind) {

        double lifecyclesPerSecond() {
            return lifecycles / seconds;
        }

        double perLifecycle(long count) {
            return (double) count / lifecycles;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("lifecycles", lifecycles);
            json.put("seconds", round(seconds, 2));
            json.put("lifecyclesPerSecond", round(lifecyclesPerSecond(), 2));
            json.put("commands", commands);
            json.put("commandsPerSecond", round(commands / seconds, 1));
            json.put("commandsPerLifecycle", round(perLifecycle(commands), 1));
            json.put("statementsPerLifecycle", round(perLifecycle(sql.statements()), 1));
            json.put("executionsPerLifecycle", round(perLifecycle(sql.executions()), 1));
            json.put("commitsPerLifecycle", round(perLifecycle(sql.commits()), 1));
            json.put("roundTripsPerLifecycle", round(perLifecycle(sql.roundTrips()), 1));
            json.put("databaseMillisPerLifecycle", round(millisByKind.values().stream().mapToDouble(Double::doubleValue).sum()
                    / lifecycles, 1));
            return json;
        }
    }
}
