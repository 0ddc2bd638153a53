package vn.hcmc.initiatives.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU time PostgreSQL's server processes spent for one database: the backends serving its connections, read
 * from {@code /proc/<pid>/stat} (user + system time). Both engines run on databases of their own, so the CPU
 * each costs the server is told apart. Works where the server runs on this machine (as for the benchmark);
 * elsewhere no backend's {@code /proc} entry is found and the CPU reads 0.
 */
final class PostgresCpu {

    /** Linux' USER_HZ: /proc reports times in ticks of 1/100 s on every architecture Java runs on here. */
    private static final double MILLIS_PER_TICK = 10.0;

    private final JdbcTemplate jdbc;
    private final String database;

    PostgresCpu(JdbcTemplate jdbc, String database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** CPU ticks by backend pid, now. */
    Map<Integer, Long> snapshot() {
        List<Integer> pids = jdbc.queryForList("select pid from pg_stat_activity where datname = ?", Integer.class, database);
        Map<Integer, Long> ticks = new HashMap<>();
        for (int pid : pids) {
            long used = ticks(pid);
            if (used >= 0) {
                ticks.put(pid, used);
            }
        }
        return ticks;
    }

    /**
     * Milliseconds of CPU between two snapshots; a backend that started in between counts in full (a backend that
     * ended in between is lost: the pools keep theirs open).
     */
    static double millisBetween(Map<Integer, Long> before, Map<Integer, Long> after) {
        long ticks = 0;
        for (Map.Entry<Integer, Long> backend : after.entrySet()) {
            ticks += backend.getValue() - before.getOrDefault(backend.getKey(), 0L);
        }
        return ticks * MILLIS_PER_TICK;
    }

    private static long ticks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is field 3,
            // utime field 14 and stime field 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
