package vn.hcmc.initiatives.bench;

import java.util.List;
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

    private final LongAdder statements = new LongAdder();
    private final LongAdder executions = new LongAdder();
    private final LongAdder commits = new LongAdder();

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
