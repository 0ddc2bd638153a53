package vn.hcmc.initiatives.bench;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL wrote to its write-ahead log: records, full-page images and bytes ({@code pg_stat_wal}), and
 * the log position, now. The counters are the whole server's; the measured rounds run one engine at a time with
 * nothing else writing, so a round's difference is that engine's. Every commit waits for its part of the log to
 * reach the disk. What a lifecycle writes follows from its statements, not from the machine's speed, apart from
 * full-page images (where checkpoints fall) and a few percent that pruning and index deduplication move.
 */
final class PostgresWal {

    private final JdbcTemplate jdbc;

    PostgresWal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot snapshot() {
        return jdbc.queryForObject("select wal_records, wal_fpi, wal_bytes, pg_current_wal_lsn()::text from pg_stat_wal",
                (row, n) -> new Snapshot(row.getLong(1), row.getLong(2), row.getBigDecimal(3).longValue(), row.getString(4)));
    }

    /** The log's counters at one moment; {@code lsn} is where it was, for {@code pg_waldump --start/--end}. */
    record Snapshot(long records, long fullPageImages, long bytes, String lsn) {

        /** What was written between {@code before} and this snapshot, from {@code before}'s position to this one's. */
        Written since(Snapshot before) {
            return new Written(records - before.records, fullPageImages - before.fullPageImages, bytes - before.bytes,
                    before.lsn, lsn);
        }
    }

    record Written(long records, long fullPageImages, long bytes, String fromLsn, String toLsn) {

        static final Written NONE = new Written(0, 0, 0, null, null);

        Written plus(Written other) {
            return new Written(records + other.records, fullPageImages + other.fullPageImages, bytes + other.bytes,
                    fromLsn == null ? other.fromLsn : fromLsn, other.toLsn);
        }

        Map<String, Object> perLifecycle(int lifecycles) {
            return Map.of("walRecords", LifecycleBenchmark.round((double) records / lifecycles, 1),
                    "walFullPageImages", LifecycleBenchmark.round((double) fullPageImages / lifecycles, 1),
                    "walKilobytes", LifecycleBenchmark.round(bytes / 1024.0 / lifecycles, 1));
        }
    }
}
