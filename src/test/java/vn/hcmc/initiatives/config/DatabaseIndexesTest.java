package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The indexes the service adds to the schema for its most frequent queries (changelogs 003 and 004) are there and
 * serve them, and Camunda's indexes on columns the service leaves empty hold only their filled rows (007, and 008 for
 * the removal times).
 * PostgreSQL only (the PostgreSQL suite): H2 is not a production database here and gets no partial index.
 */
@ServiceTest
class DatabaseIndexesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scenario scenario;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Database database;

    @Test
    void anExecutionsOwnVariablesAreReadThroughTheIndexForExactlyThatCondition() {
        assumeTrue(database.isPostgres(), "PostgreSQL only");
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));

        // Camunda's query for an execution's variables (VariableInstance.xml, selectVariablesByExecutionId).
        List<String> plan = jdbc.queryForList("explain SELECT RES.* FROM ACT_RU_VARIABLE RES"
                + " LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_"
                + " WHERE RES.EXECUTION_ID_ = ? AND RES.TASK_ID_ is null", String.class, initiative.getId());

        assertThat(String.join("\n", plan)).contains("act_idx_var_exe_scope").doesNotContain("BitmapAnd");
        assertThat(runtime.getVariables(initiative.getId())).isNotEmpty();
    }

    @Test
    void theDecisionLogHasItsIndexForReportsByTypeAndKeyPrefix() {
        assumeTrue(database.isPostgres(), "PostgreSQL only");

        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'decision_log'", String.class))
                .contains("ix_decision_log_type_key");
    }

    @Test
    void camundasIndexesOnColumnsTheServiceLeavesEmptyHoldOnlyTheirFilledRows() {
        assumeTrue(database.isPostgres(), "PostgreSQL only");

        List<String> stillFull = jdbc.queryForList("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " join pg_class t on t.oid = i.indrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]"
                + " where t.relname like 'act\\_%' and not i.indisunique and i.indpred is null and a.attname in ('tenant_id_',"
                + " 'case_inst_id_', 'case_execution_id_', 'case_def_id_', 'batch_id_', 'bytearray_id_', 'exception_stack_id_',"
                + " 'job_exception_stack_id_', 'restarted_proc_inst_id_', 'deployment_id_', 'owner_', 'super_exec_')", String.class);
        assertThat(stillFull).isEmpty();
        assertThat(jdbc.queryForList("select indexname || ' ' || indexdef from pg_indexes where indexname in"
                + " ('act_idx_hi_detail_tenant_id', 'act_idx_hi_detail_case_inst', 'act_idx_hi_detail_task_bytear',"
                + " 'act_idx_hi_varinst_bytear', 'act_idx_var_case_inst_id', 'act_idx_batch_id', 'act_idx_task_owner',"
                + " 'act_idx_exe_super')", String.class))
                .hasSize(8)
                .allSatisfy(index -> assertThat(index).matches("(\\w+) CREATE INDEX \\1 ON \\w+\\.act_\\w+ USING btree"
                        + " \\((\\w+)(, \\w+)*\\) WHERE \\(\\2 IS NOT NULL\\)"));
    }

    @Test
    void aLookupByValueStillUsesSuchAnIndex() {
        assumeTrue(database.isPostgres(), "PostgreSQL only");

        // As Camunda looks up a process's parent execution and a variable's serialized value; the table is small
        // here, so the plan is asked for with sequential scans off, as it would come out on a large one.
        assertThat(planWithoutSequentialScans("select * from act_ru_execution where super_exec_ = 'x'"))
                .contains("act_idx_exe_super");
        assertThat(planWithoutSequentialScans("select * from act_hi_varinst where bytearray_id_ = 'x'"))
                .contains("act_idx_hi_varinst_bytear");
        assertThat(planWithoutSequentialScans("select * from act_hi_detail where tenant_id_ in ('a', 'b')"))
                .contains("act_idx_hi_detail_tenant_id");
    }

    @Test
    void theRemovalTimeIndexesHoldOnlyFilledRowsAndStillServeTheRemovalTimeCleanup() {
        assumeTrue(database.isPostgres(), "PostgreSQL only");

        assertThat(jdbc.queryForList("select c.relname || ' ' || coalesce(pg_get_expr(i.indpred, i.indrelid), 'all rows')"
                + " from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid"
                + " join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]"
                + " where t.relname like 'act\\_%' and a.attname = 'removal_time_'", String.class))
                .hasSize(18)
                .allSatisfy(index -> assertThat(index).endsWith(" (removal_time_ IS NOT NULL)"));
        // As Camunda's removal-time cleanup selects what is due (HistoricDetail.xml, deleteHistoricDetailsByRemovalTime).
        assertThat(planWithoutSequentialScans("select id_ from act_hi_detail where removal_time_ <= now()"))
                .contains("act_idx_hi_detail_rm_time");
    }

    private String planWithoutSequentialScans(String query) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                List<String> lines = new ArrayList<>();
                try (ResultSet plan = statement.executeQuery("explain " + query)) {
                    while (plan.next()) {
                        lines.add(plan.getString(1));
                    }
                } finally {
                    statement.execute("reset enable_seqscan");
                }
                return String.join("\n", lines);
            }
        });
    }
}
