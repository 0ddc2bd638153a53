package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The indexes the service adds to the schema for its most frequent queries (changelogs 003 and 004) are there and
 * serve them. PostgreSQL only (the PostgreSQL suite): H2 is not a production database here and gets no partial
 * index.
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
}
