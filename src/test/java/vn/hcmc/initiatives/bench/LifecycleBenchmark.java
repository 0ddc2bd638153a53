package vn.hcmc.initiatives.bench;

import static vn.hcmc.initiatives.registration.InitiativeProcess.KEY;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
        properties = {"initiatives.metrics.refresh-interval=PT1H",
            // The service's own time per request, beside the probe's (LatencyProbe).
            "server.tomcat.accesslog.enabled=true", "server.tomcat.accesslog.directory=${user.dir}/target/bench",
            "server.tomcat.accesslog.prefix=access", "server.tomcat.accesslog.suffix=.log",
            "server.tomcat.accesslog.rotate=false", "server.tomcat.accesslog.buffered=false",
            "server.tomcat.accesslog.pattern=%r %s %D"})
@Import(BenchConfiguration.class)
// Only injection: the process-test-coverage listener that the test dependencies register by default would
// measure itself into our numbers.
@TestExecutionListeners(listeners = DependencyInjectionTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
class LifecycleBenchmark {

    private static final Path OUT = Path.of("target", "bench");

    private final int lifecycles = Integer.getInteger("bench.lifecycles", 200);
    private final int threads = Integer.getInteger("bench.threads", 2);
    private final int warmup = Integer.getInteger("bench.warmup", 100);
    /** Warm-up batches, each {@code warmup} lifecycles of each engine. */
    private final int warmupBatches = Integer.getInteger("bench.warmupBatches", 5);
    private final int rounds = Integer.getInteger("bench.rounds", 3);
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

    /** Each round: {ours' lifecycles/s, raw's, ms the JIT compiled during ours', during raw's}. */
    private final List<double[]> roundRates = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, Object> results = new LinkedHashMap<>();

    @Test
    void measuresOursAgainstTheRawEngineThenHttpLatencyAsTheHistoryGrows() throws Exception {
        Files.createDirectories(OUT);
        results.put("machine", Machine.describe());
        results.put("settings", Map.of("lifecycles", lifecycles, "threads", threads, "warmupLifecycles", warmup,
                "warmupBatches", warmupBatches, "rounds", rounds,
                "requestsPerCall", requests, "requestRatePerSecond", rate, "historySizes", historySizes));

        // Both engines share one JVM and mostly the same code (engine, MyBatis, driver): whichever ran first
        // would pay for the JIT compiling it. So both warm up before either is measured, and the measured
        // rounds alternate, ours then raw; the totals over all rounds give the ratios.
        Lifecycle oursLifecycle = Lifecycle.ours(engine);
        List<Phase> oursRounds = new ArrayList<>();
        List<Phase> rawRounds = new ArrayList<>();
        String rawUrl = System.getenv().getOrDefault("BENCH_RAW_DB_URL", "jdbc:postgresql://127.0.0.1:5432/sangkien_bench_raw");
        PostgresCpu oursServer = new PostgresCpu(jdbc, databaseName(environment.getProperty("spring.datasource.url")));
        PostgresCpu rawServer = new PostgresCpu(jdbc, databaseName(rawUrl));
        PostgresWal wal = new PostgresWal(jdbc);
        try (RawEngine plain = new RawEngine(rawUrl, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            plain.deployStripped(Set.of(context.getBeanDefinitionNames()));
            plain.copyIdentity(engine.getIdentityService(), Lifecycle.USERS);
            Lifecycle rawLifecycle = Lifecycle.raw(plain.engine);
            int next = warmUp(oursLifecycle, rawLifecycle);
            for (int round = 1; round <= rounds; round++) {
                oursRounds.add(throughput("ours", oursLifecycle, oursSql, oursCommands, oursServer, wal, next));
                rawRounds.add(throughput("raw", rawLifecycle, plain.sql, plain.commands, rawServer, wal, next));
                next += lifecycles;
            }
        }
        for (int i = 0; i < oursRounds.size(); i++) {
            roundRates.add(new double[] {oursRounds.get(i).lifecyclesPerSecond(), rawRounds.get(i).lifecyclesPerSecond(),
                oursRounds.get(i).jitMillis(), rawRounds.get(i).jitMillis()});
        }
        Phase ours = Phase.total(oursRounds);
        Phase raw = Phase.total(rawRounds);
        results.put("throughput", Map.of("ours", ours.json(), "raw", raw.json(), "ratioOursToRaw", Map.of(
                "lifecyclesPerSecond", round(ours.lifecyclesPerSecond() / raw.lifecyclesPerSecond(), 2),
                "lifecyclesPerSecondByRound", roundRates.stream().map(r -> round(r[0] / r[1], 2)).toList(),
                "statementsPerLifecycle", round(ours.perLifecycle(ours.sql.statements()) / raw.perLifecycle(raw.sql.statements()), 2),
                "roundTripsPerLifecycle", round(ours.perLifecycle(ours.sql.roundTrips()) / raw.perLifecycle(raw.sql.roundTrips()), 2)),
                "statementsPerLifecycleByKind", Report.byKind(ours, raw)));
        List<Map<String, Object>> walRanges = new ArrayList<>();
        for (int i = 0; i < oursRounds.size(); i++) {
            for (Phase round : List.of(oursRounds.get(i), rawRounds.get(i))) {
                walRanges.add(Map.of("round", i + 1, "engine", round.name, "fromLsn", round.wal.fromLsn(), "toLsn", round.wal.toLsn()));
            }
        }
        // Where each round's log begins and ends: pg_waldump --stats=record --start=… --end=… tells what it holds.
        results.put("walRangeByRound", walRanges);
        results.put("taskQuerySqlBuild", TaskQuerySql.measure(
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), 2000));
        write(ours, raw, List.of());

        List<Map<String, Object>> latency = new ArrayList<>();
        Map<String, String> postgres = new LinkedHashMap<>();
        jdbc.query("select name, setting from pg_settings where name in ('server_version', 'autovacuum', 'fsync',"
                + " 'synchronous_commit', 'shared_buffers', 'work_mem') order by name",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> postgres.put(row.getString(1), row.getString(2)));
        results.put("postgres", postgres);
        // A server with autovacuum off (as a test machine may be) keeps every dead row of the runtime tables, which
        // the throughput run churns by the ten thousand: the task list would then measure that, not the service.
        // Such a server gets, before each latency step, the vacuum that autovacuum would have done.
        boolean vacuumBeforeLatency = "off".equals(postgres.get("autovacuum"));
        results.put("runtimeTablesVacuumedBeforeEachLatencyStep", vacuumBeforeLatency);
        if (!historySizes.isBlank() && !"none".equals(historySizes)) {
            HistoryPrefill prefill = new HistoryPrefill(jdbc);
            try (LatencyProbe probe = new LatencyProbe("http://127.0.0.1:" + environment.getProperty("local.server.port"),
                    rate, OUT.resolve("access.log"))) {
                // Warm-up of the HTTP paths (JIT of the service and of the client process, Jersey, connection
                // pool), not recorded. As many requests as a step: with 20, the first step still measured the
                // compiler (task lists at p50 55-70 ms there, 17-20 ms a step later).
                latencyAt(probe, 0, requests);
                for (String size : historySizes.split(",")) {
                    long target = Long.parseLong(size.trim());
                    long began = System.nanoTime();
                    prefill.fillTo(target);
                    if (vacuumBeforeLatency) {
                        prefill.vacuumRuntimeTables();
                    }
                    System.out.printf("[bench] history filled to %d finished initiatives in %.0f s%n",
                            prefill.finishedInitiatives(), (System.nanoTime() - began) / 1e9);
                    latency.addAll(latencyAt(probe, prefill.finishedInitiatives(), requests));
                    write(ours, raw, latency);
                }
            }
        }
    }

    /**
     * Warms both engines up as they will be measured: {@code warmupBatches} batches of {@code warmup} lifecycles of
     * each, on the same threads, alternating, ours first. Both engines share one JVM and most of their code (engine,
     * MyBatis, driver), but the service's own code (guards, listeners, decision log) runs in ours' lifecycles only,
     * and on two cores a JIT compiler still at work takes CPU from the lifecycles and PostgreSQL. The JIT's time per
     * batch is recorded (and per measured round, see {@link Phase}). Returns the next free lifecycle number.
     */
    private int warmUp(Lifecycle ours, Lifecycle raw) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        List<Map<String, Object>> batches = new ArrayList<>();
        int next = 0;
        for (int batch = 1; batch <= warmupBatches; batch++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long began = System.nanoTime();
            runConcurrently(ours, next, warmup);
            runConcurrently(raw, next, warmup);
            next += warmup;
            batches.add(Map.of("batch", batch, "lifecyclesPerEngine", warmup,
                    "seconds", round((System.nanoTime() - began) / 1e9, 1),
                    "jitCompileMillis", jit.getTotalCompilationTime() - compiledBefore));
            System.out.println("[bench] warm-up " + batches.get(batches.size() - 1));
        }
        results.put("warmup", batches);
        return next;
    }

    /** Runs {@code count} lifecycles numbered from {@code offset} on {@code threads} threads; returns their CPU ns. */
    private long runConcurrently(Lifecycle lifecycle, int offset, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        LongAdder cpuNanos = new LongAdder();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long began = cpu.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        lifecycle.run(offset + i);
                    }
                    cpuNanos.add(cpu.getCurrentThreadCpuTime() - began);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return cpuNanos.sum();
    }

    private Phase throughput(String name, Lifecycle lifecycle, SqlCounter sql, CommandCounter commands, PostgresCpu server,
                             PostgresWal wal, int offset) throws Exception {
        SqlCounter.Snapshot before = sql.snapshot();
        sql.resetKinds();
        commands.reset();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        Map<Integer, Long> serverBefore = server.snapshot();
        PostgresWal.Snapshot walBefore = wal.snapshot();
        long compiledBefore = jit.getTotalCompilationTime();
        long start = System.nanoTime();
        long workerCpuNanos = runConcurrently(lifecycle, offset, lifecycles);
        double seconds = (System.nanoTime() - start) / 1e9;
        long jitMillis = jit.getTotalCompilationTime() - compiledBefore;
        double serverCpuMillis = PostgresCpu.millisBetween(serverBefore, server.snapshot());
        PostgresWal.Written written = wal.snapshot().since(walBefore);
        // The texts of the statements the raw engine does not send at all (authorization, decision log, …).
        Map<String, Map<String, Long>> texts = new LinkedHashMap<>();
        for (String kind : List.of("select act_ru_authorization", "select act_ru_variable", "select act_hi_varinst")) {
            texts.put(kind, sql.textsOf(kind));
        }
        results.put("statementTexts_" + name, texts);
        results.put("slowestStatementTexts_" + name, sql.slowestTexts(15));
        Map<String, Double> commandsByClass = new LinkedHashMap<>();
        commands.byClass().entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> commandsByClass.put(e.getKey(), round((double) e.getValue() / lifecycles, 2)));
        results.put("commandsPerLifecycleByClass_" + name, commandsByClass);
        Phase phase = new Phase(name, lifecycles, seconds, commands.count(), sql.snapshot().minus(before), sql.kinds(),
                sql.millisByKind(), workerCpuNanos / 1e6, serverCpuMillis, written, jitMillis);
        System.out.println("[bench] " + phase.json());
        return phase;
    }

    private List<Map<String, Object>> latencyAt(LatencyProbe probe, long finished, int requests) throws Exception {
        String registration = json.writeValueAsString(Rest.variables(Scenario.registration("skhcn")));
        List<LatencyProbe.Result> calls = new ArrayList<>();
        LatencyProbe.Result start = probe.measure("start initiative (POST /engine-rest/process-definition/key/initiative/start, an)",
                requests, true, i -> new LatencyProbe.Call("an", "POST", "/engine-rest/process-definition/key/" + KEY + "/start", registration));
        calls.add(start);
        List<String> started = new ArrayList<>();
        for (String body : start.bodies()) {
            started.add(json.readTree(body).path("id").asText());
        }
        // As Tasklist asks for a list (one page of 15, newest first), and the whole list at once (every task
        // started above, so its length is the number of requests: it measures the size of the answer too).
        calls.add(probe.measure("list group tasks, first page (GET /engine-rest/task?candidateGroup=skhcn-party"
                        + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15, giang)", requests, false,
                i -> new LatencyProbe.Call("giang", "GET", "/engine-rest/task?candidateGroup=skhcn-party"
                        + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15", null)));
        calls.add(probe.measure("list group tasks, all (GET /engine-rest/task?candidateGroup=skhcn-party, giang)", requests, false,
                i -> new LatencyProbe.Call("giang", "GET", "/engine-rest/task?candidateGroup=skhcn-party", null)));
        List<String> tasks = new ArrayList<>();
        for (String id : started) {
            tasks.add(engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_GIVE_PARTY_OPINION)
                    .singleResult().getId());
        }
        calls.add(probe.measure("complete task (POST /engine-rest/task/{id}/complete, party opinion, giang)", tasks.size(), false,
                i -> new LatencyProbe.Call("giang", "POST", "/engine-rest/task/" + tasks.get(i) + "/complete",
                        "{\"variables\":{\"partyOpinion\":{\"value\":\"AGREE\"}}}")));
        List<String> keys = jdbc.queryForList("select p.business_key_ from act_hi_procinst p join act_re_procdef d"
                + " on d.id_ = p.proc_def_id_ where d.key_ = ? and p.end_time_ is not null order by random() limit ?",
                String.class, KEY, requests);
        calls.add(probe.measure("decision log (GET /api/initiatives/{key}/decisions, an)", requests, false,
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
        String table = Report.markdown(results, ours, raw, roundRates, latency);
        Files.writeString(OUT.resolve("results.md"), table);
        System.out.println(table);
    }

    /** The database of a JDBC URL: jdbc:postgresql://host:port/name?params gives name. */
    static String databaseName(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int params = path.indexOf('?');
        return params < 0 ? path : path.substring(0, params);
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    /**
     * One engine's measured lifecycles. {@code workerCpuMillis}: CPU time of the threads that ran them (engine,
     * service code, JDBC driver; not GC or JIT threads); {@code serverCpuMillis}: CPU time of the PostgreSQL
     * backends of the engine's database ({@link PostgresCpu}); {@code wal}: what the server wrote to its log meanwhile
     * ({@link PostgresWal}); {@code jitMillis}: time the JVM's JIT compilers spent meanwhile (their threads share
     * the CPUs with the lifecycles and PostgreSQL).
     */
    record Phase(String name, int lifecycles, double seconds, long commands, SqlCounter.Snapshot sql,
                 Map<String, Long> kinds, Map<String, Double> millisByKind, double workerCpuMillis, double serverCpuMillis,
                 PostgresWal.Written wal, long jitMillis) {

        /** The rounds of one engine as one phase: their lifecycles, time, commands and statements added up. */
        static Phase total(List<Phase> rounds) {
            Phase first = rounds.get(0);
            int lifecycles = 0;
            double seconds = 0;
            long commands = 0;
            SqlCounter.Snapshot sql = new SqlCounter.Snapshot(0, 0, 0);
            Map<String, Long> kinds = new java.util.TreeMap<>();
            Map<String, Double> millis = new java.util.TreeMap<>();
            double workerCpu = 0;
            double serverCpu = 0;
            PostgresWal.Written wal = PostgresWal.Written.NONE;
            long jit = 0;
            for (Phase round : rounds) {
                jit += round.jitMillis;
                wal = wal.plus(round.wal);
                workerCpu += round.workerCpuMillis;
                serverCpu += round.serverCpuMillis;
                lifecycles += round.lifecycles;
                seconds += round.seconds;
                commands += round.commands;
                sql = sql.plus(round.sql);
                round.kinds.forEach((kind, count) -> kinds.merge(kind, count, Long::sum));
                round.millisByKind.forEach((kind, ms) -> millis.merge(kind, ms, Double::sum));
            }
            return new Phase(first.name, lifecycles, seconds, commands, sql, kinds, millis, workerCpu, serverCpu, wal, jit);
        }

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
            json.put("workerCpuMillisPerLifecycle", round(workerCpuMillis / lifecycles, 1));
            json.put("postgresCpuMillisPerLifecycle", round(serverCpuMillis / lifecycles, 1));
            json.putAll(wal.perLifecycle(lifecycles));
            json.put("jitCompileMillis", jitMillis);
            return json;
        }
    }
}
