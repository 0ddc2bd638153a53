package vn.hcmc.initiatives.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * The engine keeps an ended initiative's history for the retention time (5 years) counted from its end, and the
 * history cleanup removes it after that, every night, as it removes the history of batch operations (Cockpit's, the
 * REST API's) that long after they ended; the decision log keeps its records and says when the rest went.
 * The initiatives here end long ago on the engine's clock, so that the cleanup finds no other test's instances.
 */
@ServiceTest
class HistoryRetentionTest {

    private static final int RETENTION_DAYS = 1825;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Scenario scenario;
    @Autowired
    DecisionLog decisionLog;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    Rest rest;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anInitiativesHistoryIsRemovedOnceTheRetentionHasPassedSinceItEndedAndTheDecisionLogSaysSo() {
        LocalDateTime ended = LocalDateTime.of(2012, 3, 1, 10, 0);
        ProcessInstance initiative = endedAt(ended);

        scenario.clockAt(ended.plusDays(RETENTION_DAYS).plusHours(1));
        scenario.runHistoryCleanup();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(initiative.getId()).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(initiative.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(initiative.getId()).count()).isZero();

        List<Decision> records = decisionLog.forInitiative(initiative.getBusinessKey());
        assertThat(records).extracting(Decision::type)
                .startsWith("REGISTRATION_SUBMITTED", "REGISTRATION_CHECK")
                .endsWith(RecordHistoryDeletions.HISTORY_RETENTION_ENDED)
                .doesNotContain(RecordManualInterventions.MANUAL_CHANGE);
        Decision removed = records.get(records.size() - 1);
        assertThat(removed.actor()).isEqualTo(DecisionLog.SYSTEM);
        assertThat(removed.outcome()).isEqualTo("DeleteHistory");
        assertThat(removed.processKey()).isEqualTo("initiative");
        assertThat(removed.details()).containsEntry("entityType", "ProcessInstance")
                .containsEntry("retentionDays", RETENTION_DAYS)
                .containsEntry("endedAt", ended.atZone(VIETNAM).toInstant().toString());
    }

    @Test
    void anInitiativeThatEndedLessThanTheRetentionAgoKeepsItsHistory() {
        LocalDateTime ended = LocalDateTime.of(2013, 5, 2, 10, 0);
        ProcessInstance initiative = endedAt(ended);

        scenario.clockAt(ended.plusDays(RETENTION_DAYS).minusDays(1));
        scenario.runHistoryCleanup();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(initiative.getId()).count()).isOne();
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).extracting(Decision::type)
                .doesNotContain(RecordHistoryDeletions.HISTORY_RETENTION_ENDED);
    }

    @Test
    void endingAnInitiativeWritesNoRemovalTimeOnItsHistory() {
        ProcessInstance initiative = endedAt(LocalDateTime.of(2014, 6, 3, 10, 0));

        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(initiative.getId()).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getRemovalTime()).as("the cleanup counts from the end time; nothing is stamped at the end")
                .isNull();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(initiative.getId()).list())
                .isNotEmpty().allSatisfy(variable -> assertThat(variable.getRemovalTime()).isNull());
    }

    @Test
    void theCleanupIsScheduledForTheNightInVietnam() {
        List<Job> cleanups = history.findHistoryCleanupJobs();

        assertThat(cleanups).isNotEmpty().allSatisfy(job -> {
            LocalTime due = job.getDuedate().toInstant().atZone(VIETNAM).toLocalTime();
            assertThat(!due.isBefore(LocalTime.of(22, 0)) || due.isBefore(LocalTime.of(5, 0)))
                    .as("due at %s, Vietnam time", due).isTrue();
        });
    }

    @Test
    void anAdministratorCanRunTheCleanupAtOnceAndNobodyElseCan() throws Exception {
        LocalDateTime ended = LocalDateTime.of(2015, 7, 6, 10, 0);
        ProcessInstance initiative = endedAt(ended);
        scenario.clockAt(ended.plusDays(RETENTION_DAYS).plusDays(1));

        assertThat(rest.post("thu", "/engine-rest/history/cleanup?immediatelyDue=true", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> asked = rest.post("admin", "/engine-rest/history/cleanup?immediatelyDue=true", null);
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.OK);
        management.executeJob(json.readTree(asked.getBody()).get("id").asText());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(initiative.getId()).count()).isZero();
    }

    @Test
    void aBatchOperationsHistoryGoesOnceTheRetentionHasPassedSinceItEnded() {
        LocalDateTime ran = LocalDateTime.of(2016, 9, 5, 10, 0);
        ProcessInstance initiative = endedAt(ran);
        Batch batch = history.deleteHistoricProcessInstancesAsync(List.of(initiative.getId()), "dọn dữ liệu thử");
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId())) {
            management.createJobQuery().jobDefinitionId(definition).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        assertThat(history.createHistoricBatchQuery().batchId(batch.getId()).singleResult().getEndTime()).isNotNull();

        scenario.clockAt(ran.plusDays(RETENTION_DAYS).plusDays(1));
        scenario.runHistoryCleanup();

        assertThat(history.createHistoricBatchQuery().batchId(batch.getId()).count()).isZero();
    }

    /** An initiative registered and cancelled at the given time, on the engine's clock. */
    private ProcessInstance endedAt(LocalDateTime time) {
        scenario.clockAt(time.minusDays(2));
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        scenario.clockAt(time);
        runtime.deleteProcessInstance(initiative.getId(), "Đăng ký trùng");
        return initiative;
    }
}
