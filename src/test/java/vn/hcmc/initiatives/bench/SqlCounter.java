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
 * is one), executions (a batch is one) and commits. Executions plus commits are the round trips.
 */
final class SqlCounter implements QueryExecutionListener {

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|into|update)\\s+([a-z_][a-z0-9_.]*)");

    private final LongAdder statements = new LongAdder();
    private final LongAdder executions = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

    DataSource wrap(String name, DataSource target) {
        return ProxyDataSourceBuilder.create(target).name(name).listener(this)
                .afterMethod(context -> {
                    if ("commit".equals(context.getMethod().getName())
                            && context.getTarget() instanceof java.sql.Connection) {
                        commits.increment();
                    }
                })
                .build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        executions.increment();
        statements.add(execution.isBatch() ? execution.getBatchSize() : queries.size());
        for (QueryInfo query : queries) {
            long times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
            byKind.computeIfAbsent(kind(query.getQuery()), k -> new LongAdder()).add(times);
        }
    }

    /** "insert act_hi_actinst", "select act_ru_task": the verb and the first table named. */
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

    void resetKinds() {
        byKind.clear();
    }

    Snapshot snapshot() {
        return new Snapshot(statements.sum(), executions.sum(), commits.sum());
    }

    record Snapshot(long statements, long executions, long commits) {

        Snapshot minus(Snapshot earlier) {
            return new Snapshot(statements - earlier.statements, executions - earlier.executions,
                    commits - earlier.commits);
        }

        long roundTrips() {
            return executions + commits;
        }
    }
}
