package vn.hcmc.initiatives.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.initiatives.config.Database;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The database itself keeps the decision log append-only (changelog 006): whoever writes to it, a record once
 * written cannot be changed or removed, while the service goes on adding records.
 */
@ServiceTest
class DecisionLogIsAppendOnlyTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scenario scenario;
    @Autowired
    DecisionLog decisionLog;
    @Autowired
    Database database;

    private ProcessInstance initiative;
    private String businessKey;
    private List<Decision> recorded;

    @BeforeEach
    void registerAnInitiative() {
        initiative = scenario.register("an", Scenario.registration("skhcn"));
        businessKey = initiative.getBusinessKey();
        recorded = decisionLog.forInitiative(businessKey);
        assertThat(recorded).isNotEmpty();
    }

    @Test
    void aRecordedDecisionCannotBeRewritten() {
        assertThatThrownBy(() -> jdbc.update("update decision_log set actor = 'someone-else', reason = 'rewritten'"
                + " where business_key = ?", businessKey))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("decision_log is append-only: UPDATE refused");

        assertThat(decisionLog.forInitiative(businessKey)).isEqualTo(recorded);
    }

    @Test
    void aRecordedDecisionCannotBeRemoved() {
        assertThatThrownBy(() -> jdbc.update("delete from decision_log where business_key = ?", businessKey))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("decision_log is append-only: DELETE refused");

        assertThat(decisionLog.forInitiative(businessKey)).isEqualTo(recorded);
    }

    @Test
    void theWholeLogCannotBeEmptiedAtOnce() {
        assumeTrue(database.isPostgres(), "PostgreSQL only: H2's TRUNCATE fires no trigger");

        assertThatThrownBy(() -> jdbc.execute("truncate decision_log"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("decision_log is append-only: TRUNCATE refused");

        assertThat(decisionLog.forInitiative(businessKey)).isEqualTo(recorded);
    }

    @Test
    void theInitiativesNextDecisionIsStillRecorded() {
        scenario.complete("giang", initiative, "Task_GivePartyOpinion", Map.of("partyOpinion", "AGREE"));

        assertThat(decisionLog.forInitiative(businessKey)).hasSizeGreaterThan(recorded.size())
                .startsWith(recorded.toArray(Decision[]::new));
    }
}
