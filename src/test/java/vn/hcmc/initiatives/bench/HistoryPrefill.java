package vn.hcmc.initiatives.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the history to a given number of finished initiatives by copying, in SQL, every row that the
 * finished initiatives of the throughput run left behind: Camunda's history tables and history byte
 * arrays (by root process instance), the process-instance authorizations our service granted, and the
 * decision log. Each copy gets new ids (an MD5 of the original id and the copy number, the same in every
 * table) and business keys (the original's with {@code -x<copy>} appended), so indexes and the queries over them see distinct initiatives; timestamps
 * and contents are the originals'. Much faster than running the engine, and not the same thing: the
 * database holds the rows of finished initiatives, but every copy is the same completed path.
 */
final class HistoryPrefill {

    /** Columns that hold an id of the copied instance's own rows; every other column is copied as is. */
    private static final List<String> OWN_IDS = List.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "super_process_instance_id_", "task_id_", "parent_task_id_", "act_inst_id_", "parent_act_inst_id_",
            "call_proc_inst_id_", "bytearray_id_", "var_inst_id_", "dec_inst_id_", "root_dec_inst_id_",
            "job_id_", "job_exception_stack_id_", "operation_id_");

    private final JdbcTemplate jdbc;

    HistoryPrefill(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long finishedInitiatives() {
        return jdbc.queryForObject("select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_"
                + " where d.key_ = 'initiative' and p.end_time_ is not null", Long.class);
    }

    /** Copies the seed initiatives (finished, not copies themselves) until {@code target} are finished. */
    void fillTo(long target) {
        jdbc.execute("create table if not exists bench_seed (root varchar(64) primary key, bkey varchar(255))");
        jdbc.execute("truncate bench_seed");
        jdbc.update("insert into bench_seed select p.id_, p.business_key_ from act_hi_procinst p"
                + " join act_re_procdef d on d.id_ = p.proc_def_id_"
                + " where d.key_ = 'initiative' and p.end_time_ is not null and p.business_key_ not like '%-x%'");
        long seeds = jdbc.queryForObject("select count(*) from bench_seed", Long.class);
        if (seeds == 0) {
            throw new IllegalStateException("No finished initiative to copy");
        }
        List<String> tables = jdbc.queryForList("select table_name from information_schema.columns"
                + " where table_schema = current_schema() and column_name = 'root_proc_inst_id_'"
                + " and (table_name like 'act_hi_%' or table_name = 'act_ge_bytearray') order by table_name", String.class);
        int copy = jdbc.queryForObject("select coalesce(max(cast(substring(business_key_ from '-x([0-9]+)$') as int)), 0)"
                + " from act_hi_procinst where business_key_ like '%-x%'", Integer.class);
        while (finishedInitiatives() < target) {
            long missing = target - finishedInitiatives();
            int copies = (int) Math.min(Math.max(1, missing / seeds), 10);
            int from = copy + 1;
            int to = copy + copies;
            copyRows(tables, from, to, missing < seeds * copies, missing - seeds * (copies - 1));
            copy = to;
        }
        jdbc.execute("analyze");
        // The copy writes gigabytes of WAL in minutes, which no service writes; the checkpoint that sets off would
        // otherwise still be writing it out during the step that follows (at 100 000, PostgreSQL's log showed one
        // through the whole step, with a few starts stalled for 90-330 ms). Measure the service, not the copy.
        long began = System.nanoTime();
        try {
            jdbc.execute("checkpoint");
            System.out.printf("[bench] checkpoint after the copy: %.1f s%n", (System.nanoTime() - began) / 1e9);
        } catch (DataAccessException notAllowed) {
            // Only a superuser or a member of pg_checkpoint may ask for one; the step then runs during it.
            System.out.printf("[bench] no checkpoint after the copy (%s): the step may measure PostgreSQL writing"
                    + " the copy out%n", notAllowed.getMostSpecificCause().getMessage());
        }
    }

    /** What autovacuum does to the tables the engine inserts into and deletes from at every step. */
    void vacuumRuntimeTables() {
        jdbc.execute("vacuum (analyze) act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_execution,"
                + " act_ru_variable, act_ru_job, act_ru_event_subscr, act_ru_incident, act_ru_task_meter_log");
    }

    private void copyTable(String table, String series, String lastCopyLimit) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? order by ordinal_position", String.class, table);
        String select = columns.stream().map(HistoryPrefill::copied).collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table
                + " t join bench_seed s on s.root = t.root_proc_inst_id_" + series + " where true" + lastCopyLimit);
    }

    /** The copy's id: the same for the same original and copy in every table, and as short as a UUID. */
    private static String newId(String column) {
        return "case when t." + column + " is null then null else md5(t." + column + " || '-' || g.n) end";
    }

    private static String copied(String column) {
        if (column.equals("business_key_")) {
            return "case when t.business_key_ is null then null else t.business_key_ || '-x' || g.n end";
        }
        return OWN_IDS.contains(column) ? newId(column) : "t." + column;
    }

    private void copyRows(List<String> tables, int from, int to, boolean partial, long lastCopyCount) {
        String series = " cross join generate_series(" + from + ", " + to + ") g(n)";
        String lastCopyLimit = partial ? " and (g.n < " + to + " or s.root in (select root from bench_seed order by root limit "
                + lastCopyCount + "))" : "";
        // One table per connection, two at a time (the machine has two cores; index upkeep dominates).
        ExecutorService copiers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> copies = new ArrayList<>();
            for (String table : tables) {
                copies.add(copiers.submit(() -> copyTable(table, series, lastCopyLimit)));
            }
            for (Future<?> copy : copies) {
                copy.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            copiers.shutdown();
        }
        jdbc.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_,"
                + " perms_, removal_time_, root_proc_inst_id_) select " + newId("id_") + ", t.rev_, t.type_, t.group_id_,"
                + " t.user_id_, t.resource_type_, " + newId("resource_id_") + ", t.perms_, t.removal_time_, "
                + newId("root_proc_inst_id_")
                + " from act_ru_authorization t join act_hi_procinst p on p.id_ = t.resource_id_"
                + " join bench_seed s on s.root = p.root_proc_inst_id_" + series + " where true" + lastCopyLimit);
        jdbc.update("insert into decision_log (business_key, process_instance_id, process_key, agency_code, recorded_at,"
                + " type, outcome, actor, document_no, reason, details) select t.business_key || '-x' || g.n,"
                + " " + newId("process_instance_id") + ", t.process_key, t.agency_code, t.recorded_at, t.type, t.outcome,"
                + " t.actor, t.document_no, t.reason, t.details from decision_log t join bench_seed s on s.bkey = t.business_key"
                + series + " where true" + lastCopyLimit + " order by g.n, t.id");
    }
}
