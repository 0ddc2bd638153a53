package vn.hcmc.initiatives.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what an engine sends to the database through a JDBC proxy: statements (each row of a JDBC batch
 * is one), executions (a batch is one) and commits. Executions plus commits are the round trips. Also the
 * time spent waiting for the database, by kind of statement and for commits (nanoTime around each call, so
 * it includes the driver and the network, and on a loaded machine the wait for a CPU).
 */
final class SqlCounter implements QueryExecutionListener {

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|into|update)\\s+([a-z_][a-z0-9_.]*)");

    private final LongAdder statements = new LongAdder();
    private final LongAdder executions = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanosByKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byText = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanosByText = new ConcurrentHashMap<>();
    /** The kind of each distinct SQL text: parsing it for every statement cost ours 10–14 % of its CPU time. */
    private final Map<String, String> kindOf = new ConcurrentHashMap<>();
    private final ThreadLocal<Long> began = new ThreadLocal<>();
    private final ThreadLocal<Long> commitBegan = new ThreadLocal<>();

    static final String COMMIT = "commit";

    DataSource wrap(String name, DataSource target) {
        return ProxyDataSourceBuilder.create(target).name(name).listener(this)
                .beforeMethod(context -> {
                    if (isCommit(context)) {
                        commitBegan.set(System.nanoTime());
                    }
                })
                .afterMethod(context -> {
                    if (isCommit(context)) {
                        commits.increment();
                        nanosByKind.computeIfAbsent(COMMIT, k -> new LongAdder()).add(System.nanoTime() - commitBegan.get());
                    }
                })
                .build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        began.set(System.nanoTime());
    }

    private static boolean isCommit(net.ttddyy.dsproxy.listener.MethodExecutionContext context) {
        return "commit".equals(context.getMethod().getName()) && context.getTarget() instanceof java.sql.Connection;
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        long nanos = System.nanoTime() - began.get();
        executions.increment();
        if (!queries.isEmpty()) {
            nanosByKind.computeIfAbsent(cachedKind(queries.get(0).getQuery()), k -> new LongAdder()).add(nanos);
            nanosByText.computeIfAbsent(queries.get(0).getQuery(), k -> new LongAdder()).add(nanos);
        }
        statements.add(execution.isBatch() ? execution.getBatchSize() : queries.size());
        for (QueryInfo query : queries) {
            long times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
            byKind.computeIfAbsent(cachedKind(query.getQuery()), k -> new LongAdder()).add(times);
            byText.computeIfAbsent(query.getQuery(), k -> new LongAdder()).add(times);
        }
    }

    /** "insert act_hi_actinst", "select act_ru_task": the verb and the first table named. */
    private String cachedKind(String sql) {
        return kindOf.computeIfAbsent(sql, SqlCounter::kind);
    }

    static String kind(String sql) {
        Matcher matcher = TABLE.matcher(sql);
        String verb = sql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return verb + " " + (matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "?");
    }

    /** Statements by kind since the last {@link #resetKinds()}. */
    Map<String, Long> kinds() {
        Map<String, Long> counts = new TreeMap<>();
        byKind.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }

    /** Milliseconds waited for the database by kind (an execution counts for the kind of its first statement). */
    Map<String, Double> millisByKind() {
        Map<String, Double> millis = new TreeMap<>();
        nanosByKind.forEach((kind, nanos) -> millis.put(kind, nanos.sum() / 1e6));
        return millis;
    }

    /** The statements of one kind by their text, most frequent first. */
    Map<String, Long> textsOf(String kind) {
        Map<String, Long> texts = new java.util.LinkedHashMap<>();
        Map<String, Long> counts = new java.util.HashMap<>();
        byText.forEach((sql, count) -> {
            if (kind(sql).equals(kind)) {
                counts.merge(sql.replaceAll("\\s+", " ").strip(), count.sum(), Long::sum);
            }
        });
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> texts.put(e.getKey(), e.getValue()));
        return texts;
    }

    /**
     * The statement texts the engine waited longest for, with their count and milliseconds (an execution counts
     * for the text of its first statement).
     */
    java.util.List<Map<String, Object>> slowestTexts(int limit) {
        return nanosByText.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(limit).map(e -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("ms", Math.round(e.getValue().sum() / 1e4) / 100.0);
                    row.put("statements", byText.getOrDefault(e.getKey(), new LongAdder()).sum());
                    row.put("sql", e.getKey().replaceAll("\\s+", " ").strip());
                    return row;
                }).toList();
    }

    void resetKinds() {
        byKind.clear();
        byText.clear();
        nanosByText.clear();
        nanosByKind.clear();
    }

    Snapshot snapshot() {
        return new Snapshot(statements.sum(), executions.sum(), commits.sum());
    }

    record Snapshot(long statements, long executions, long commits) {

        Snapshot minus(Snapshot earlier) {
            return new Snapshot(statements - earlier.statements, executions - earlier.executions,
                    commits - earlier.commits);
        }

        Snapshot plus(Snapshot other) {
            return new Snapshot(statements + other.statements, executions + other.executions, commits + other.commits);
        }

        long roundTrips() {
            return executions + commits;
        }
    }
}
