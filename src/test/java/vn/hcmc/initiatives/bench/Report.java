package vn.hcmc.initiatives.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown table of target/bench/results.md, also printed. */
final class Report {

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results, LifecycleBenchmark.Phase ours, LifecycleBenchmark.Phase raw,
                           List<double[]> rounds, List<Map<String, Object>> latency) {
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        Map<String, Object> settings = (Map<String, Object>) results.get("settings");
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Machine: %s CPUs (%s), %s, Java %s; load average at start %s, at end %s"
                        + " (PostgreSQL and anything else running share these CPUs); TCP congestion control %s,"
                        + " default queue discipline %s.%n%n",
                machine.get("cpus"), machine.get("cpuModel"), machine.get("os"), machine.get("java"),
                machine.get("loadAverageAtStart"), results.get("loadAverageAtEnd"), machine.get("tcpCongestionControl"),
                machine.get("defaultQdisc")));
        List<Map<String, Object>> warmup = (List<Map<String, Object>>) results.get("warmup");
        md.append(String.format(Locale.ROOT, "Lifecycles: %d per engine in %d rounds that alternate ours, raw, ours, raw…;"
                        + " %s threads; PostgreSQL 15. Before them, %d warm-up batches of %s lifecycles of each engine, alternating"
                        + " on the same threads (ms the JIT compiled in each batch: %s).%n%n",
                ours.lifecycles(), rounds.size(), settings.get("threads"), warmup.size(), settings.get("warmupLifecycles"),
                warmup.stream().map(batch -> String.valueOf(batch.get("jitCompileMillis"))).collect(Collectors.joining(", "))));
        md.append("Lifecycles/s by round, ours / raw (ms the JIT compiled meanwhile): ");
        for (int i = 0; i < rounds.size(); i++) {
            double[] round = rounds.get(i);
            md.append(String.format(Locale.ROOT, "%s%.1f / %.1f (%.0f / %.0f)", i == 0 ? "" : "; ", round[0], round[1],
                    round[2], round[3]));
        }
        md.append(String.format(Locale.ROOT, ".%n%n"));
        md.append("| per complete lifecycle | ours | raw engine | ours / raw |\n|---|---:|---:|---:|\n");
        row(md, "lifecycles/s (machine-dependent)", ours.lifecyclesPerSecond(), raw.lifecyclesPerSecond());
        row(md, "commands/s (machine-dependent)", ours.commands() / ours.seconds(), raw.commands() / raw.seconds());
        row(md, "commands per lifecycle", ours.perLifecycle(ours.commands()), raw.perLifecycle(raw.commands()));
        row(md, "SQL statements per lifecycle", ours.perLifecycle(ours.sql().statements()), raw.perLifecycle(raw.sql().statements()));
        row(md, "JDBC executions per lifecycle (batch = 1)", ours.perLifecycle(ours.sql().executions()), raw.perLifecycle(raw.sql().executions()));
        row(md, "commits per lifecycle", ours.perLifecycle(ours.sql().commits()), raw.perLifecycle(raw.sql().commits()));
        row(md, "round trips per lifecycle (executions + commits)", ours.perLifecycle(ours.sql().roundTrips()), raw.perLifecycle(raw.sql().roundTrips()));
        row(md, "ms waiting for the database per lifecycle (both threads)", ours.perLifecycle(1) * ours.millisByKind().values()
                .stream().mapToDouble(Double::doubleValue).sum(), raw.perLifecycle(1) * raw.millisByKind().values().stream()
                .mapToDouble(Double::doubleValue).sum());
        row(md, "ms of CPU in the threads that ran the lifecycles (engine, service, JDBC driver; machine-dependent)",
                ours.perLifecycle(1) * ours.workerCpuMillis(), raw.perLifecycle(1) * raw.workerCpuMillis());
        row(md, "ms of CPU in PostgreSQL's backends for the engine's database (machine-dependent)",
                ours.perLifecycle(1) * ours.serverCpuMillis(), raw.perLifecycle(1) * raw.serverCpuMillis());
        row(md, "kB written to PostgreSQL's write-ahead log per lifecycle (commits wait for it to reach the disk)",
                ours.perLifecycle(1) * ours.wal().bytes() / 1024.0, raw.perLifecycle(1) * raw.wal().bytes() / 1024.0);
        row(md, "write-ahead log records per lifecycle", ours.perLifecycle(ours.wal().records()), raw.perLifecycle(raw.wal().records()));
        row(md, "of them full-page images (the first change of a page after a checkpoint; timing-dependent)",
                ours.perLifecycle(ours.wal().fullPageImages()), raw.perLifecycle(raw.wal().fullPageImages()));
        if (results.get("taskQuerySqlBuild") instanceof Map<?, ?> sql) {
            md.append(String.format(Locale.ROOT, "%nBuilding the SQL of the driver's task query in ours' engine (MyBatis"
                    + " only, no statement sent; %s builds a round, median of %s): %s µs with the property lookups"
                    + " remembered, %s µs with OGNL's own lookup, as an engine without the plugin builds it.%n",
                    sql.get("buildsPerRound"), ((List<?>) sql.get("microsPerBuildRemembered")).size(),
                    sql.get("medianMicrosRemembered"), sql.get("medianMicrosOgnlsOwnLookup")));
        }
        md.append("\nWhere ours sends more statements per lifecycle (top 12 by difference; all in results.json; ms = time"
                + " waited for those statements per lifecycle):\n\n"
                + "| statement (verb, first table) | ours | raw | difference | ours ms | raw ms |\n|---|---:|---:|---:|---:|---:|\n");
        byKind(ours, raw).stream().limit(12).forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n",
                r.get("statement"), r.get("ours"), r.get("raw"), r.get("difference"), r.get("oursMs"), r.get("rawMs"))));
        if (!latency.isEmpty()) {
            md.append(String.format(Locale.ROOT, "%nHTTP latency, ms (loopback, one client in a JVM of its own aiming at %s req/s, accepting gzip as"
                    + " browsers do; bytes = the answer's body as sent, median; service time ="
                    + " send to response; from due = from the planned send time, which includes waiting behind slower"
                    + " answers when the rate cannot be held):%n%n", System.getProperty("bench.rate", "20")));
            if (Boolean.TRUE.equals(results.get("runtimeTablesVacuumedBeforeEachLatencyStep"))) {
                md.append(String.format(Locale.ROOT, "This server runs with autovacuum off (%s), so the runtime tables were"
                        + " vacuumed and analyzed before each step, as autovacuum would have done.%n%n", results.get("postgres")));
            }
            md.append("Service p50/p95/p99/max: the same requests as Tomcat's access log times them (from reading the"
                    + " request to the last byte handed to the socket), without the client's time and the connection's.\n\n");
            md.append("| finished initiatives | call | n | errors | p50 | p95 | p99 | max | p95 from due | req/s held"
                    + " | bytes | service p50 | service p95 | service p99 | service max |\n"
                    + "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Map<String, Object> r : latency) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        r.get("finishedInitiatives"), r.get("call"), r.get("count"), r.get("failures"), r.get("p50Ms"),
                        r.get("p95Ms"), r.get("p99Ms"), r.get("maxMs"), r.get("fromDueP95Ms"), r.get("achievedRatePerSecond"),
                        r.get("bodyBytesOnTheWireP50"), r.getOrDefault("serviceP50Ms", "–"), r.getOrDefault("serviceP95Ms", "–"),
                        r.getOrDefault("serviceP99Ms", "–"), r.getOrDefault("serviceMaxMs", "–")));
            }
        }
        return md.toString();
    }

    /** Statements per lifecycle by verb and table, ours and raw, the largest differences first. */
    static List<Map<String, Object>> byKind(LifecycleBenchmark.Phase ours, LifecycleBenchmark.Phase raw) {
        java.util.Set<String> kinds = new java.util.TreeSet<>(ours.kinds().keySet());
        kinds.addAll(raw.kinds().keySet());
        kinds.add(SqlCounter.COMMIT);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String kind : kinds) {
            double o = ours.perLifecycle(ours.kinds().getOrDefault(kind, 0L));
            double r = raw.perLifecycle(raw.kinds().getOrDefault(kind, 0L));
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("statement", kind);
            row.put("ours", LifecycleBenchmark.round(o, 1));
            row.put("raw", LifecycleBenchmark.round(r, 1));
            row.put("difference", LifecycleBenchmark.round(o - r, 1));
            row.put("oursMs", LifecycleBenchmark.round(ours.perLifecycle(1) * ours.millisByKind().getOrDefault(kind, 0.0), 2));
            row.put("rawMs", LifecycleBenchmark.round(raw.perLifecycle(1) * raw.millisByKind().getOrDefault(kind, 0.0), 2));
            rows.add(row);
        }
        rows.sort((a, b) -> Double.compare((double) b.get("difference"), (double) a.get("difference")));
        return rows;
    }

    private static void row(StringBuilder md, String name, double ours, double raw) {
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", name, ours, raw, ours / raw));
    }
}
