package vn.hcmc.initiatives.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * What an administrator changes by hand on an initiative, through the REST API as Cockpit does, lands on the
 * initiative's decision log with who did it: cancelling it, setting a variable, suspending it, moving its token,
 * moving a deadline's timer, migrating it to another version of its model, suspending the whole model with its
 * instances, restarting it after it was cancelled, starting one halfway through, signalling it past a step, running
 * a deadline early, ending it with a BPMN error from a task, adding a task's candidate; and the same operations run
 * as batches, with who started the batch. The ordinary steps of the procedure add no such record.
 */
@ServiceTest
class ManualInterventionsAreRecordedTest {

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    DecisionLog decisionLog;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    private final ObjectMapper json = new ObjectMapper();
    private ProcessInstance initiative;
    private final List<String> copies = new ArrayList<>();

    @BeforeEach
    void registerAnInitiative() {
        initiative = scenario.register("an", Scenario.registration("skhcn"));
    }

    @Test
    void anAdministratorCancellingTheInitiativeIsRecordedWithWhoDidIt() {
        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + initiative.getId()
                + "?skipCustomListeners=true", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision cancelled = last(RecordManualInterventions.PROCESS_CANCELLED);
        assertThat(cancelled.actor()).isEqualTo("admin");
        assertThat(cancelled.processKey()).isEqualTo("initiative");
        assertThat(cancelled.agencyCode()).isEqualTo("skhcn");
        assertThat(cancelled.outcome()).isEqualTo("CANCELLED");
    }

    @Test
    void aCancellationThroughTheJavaApiIsRecordedWithItsReason() {
        runtime.deleteProcessInstance(initiative.getId(), "Đăng ký trùng");

        Decision cancelled = last(RecordManualInterventions.PROCESS_CANCELLED);
        assertThat(cancelled.actor()).isEqualTo(DecisionLog.SYSTEM);
        assertThat(cancelled.reason()).isEqualTo("Đăng ký trùng");
        assertThat(cancelled.outcome()).isEqualTo("CANCELLED");
    }

    @Test
    void aModificationThatCancelsTheLastStepIsRecordedAsACancellation() {
        assertThat(rest.post("admin", "/engine-rest/process-instance/" + initiative.getId() + "/modification",
                Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "Task_GivePartyOpinion"))))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(initiative.getId()).count()).isZero();
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey()))
                .anySatisfy(change -> assertThat(change).extracting(Decision::type, Decision::outcome)
                        .containsExactly(RecordManualInterventions.MANUAL_CHANGE, "ModifyProcessInstance"))
                .filteredOn(record -> record.type().equals(RecordManualInterventions.PROCESS_CANCELLED))
                .singleElement().extracting(Decision::actor, Decision::outcome).containsExactly("admin", "CANCELLED");
    }

    @Test
    void anAdministratorCancellingTheInitiativeDuringTheVoteIsRecordedToo() {
        scenario.complete("giang", initiative, "Task_GivePartyOpinion", Map.of("partyOpinion", "AGREE"));
        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + initiative.getId(), null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision cancelled = last(RecordManualInterventions.PROCESS_CANCELLED);
        assertThat(cancelled.actor()).isEqualTo("admin");
        assertThat(cancelled.outcome()).isEqualTo("CANCELLED");
    }

    @Test
    void aCancellationRunAsABatchIsRecordedWithWhoCreatedTheBatchAndItsDeleteReason() throws Exception {
        runBatch(rest.post("admin", "/engine-rest/process-instance/delete", Map.of(
                "processInstanceIds", List.of(initiative.getId()),
                "deleteReason", "Đăng ký trùng, hủy theo văn bản 45/SNV")));

        Decision cancelled = last(RecordManualInterventions.PROCESS_CANCELLED);
        assertThat(cancelled.reason()).isEqualTo("Đăng ký trùng, hủy theo văn bản 45/SNV");
        assertThat(cancelled.actor()).isEqualTo("admin");
    }

    @Test
    void aSuspensionRunAsABatchIsRecordedForEachInitiativeWithWhoCreatedTheBatch() throws Exception {
        ProcessInstance second = scenario.register("an", Scenario.registration("skhcn"));
        JsonNode batch = runBatch(rest.post("admin", "/engine-rest/process-instance/suspended-async", Map.of(
                "processInstanceIds", List.of(initiative.getId(), second.getId()), "suspended", true)));

        for (ProcessInstance each : List.of(initiative, second)) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(each.getId()).singleResult().isSuspended())
                    .isTrue();
            Decision suspended = last(each, RecordManualInterventions.MANUAL_CHANGE);
            assertThat(suspended.actor()).isEqualTo("admin");
            assertThat(suspended.outcome()).isEqualTo("Suspend");
            assertThat(suspended.details()).containsEntry("changed", Map.of("suspensionState", "suspended"))
                    .containsEntry("batchId", batch.get("id").asText());
            assertThat(decisionLog.forInitiative(each.getBusinessKey())).filteredOn(record -> record.type()
                    .equals(RecordManualInterventions.MANUAL_CHANGE)).hasSize(1);
        }
    }

    @Test
    void anActivationRunAsABatchIsRecordedAsActivate() throws Exception {
        runtime.suspendProcessInstanceById(initiative.getId());
        runBatch(rest.post("admin", "/engine-rest/process-instance/suspended-async", Map.of(
                "processInstanceIds", List.of(initiative.getId()), "suspended", false)));

        Decision activated = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(activated.actor()).isEqualTo("admin");
        assertThat(activated.outcome()).isEqualTo("Activate");
        assertThat(activated.details()).containsEntry("changed", Map.of("suspensionState", "active"));
    }

    @Test
    void variablesSetByABatchAreRecordedWithTheirNewValuesInOneRecord() throws Exception {
        runBatch(rest.post("admin", "/engine-rest/process-instance/variables-async", Map.of(
                "processInstanceIds", List.of(initiative.getId()),
                "variables", Map.of("title", Map.of("value", "Đổi tên theo lô", "type", "String"),
                        "impact", Map.of("value", "CITY", "type", "String")))));

        Decision changed = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(changed.actor()).isEqualTo("admin");
        assertThat(changed.outcome()).isEqualTo("SetVariables");
        assertThat(changed.details()).containsEntry("variables", Map.of("title", "Đổi tên theo lô", "impact", "CITY"));
        assertThat(runtime.getVariable(initiative.getId(), "title")).isEqualTo("Đổi tên theo lô");
    }

    @Test
    void aModificationRunAsABatchIsRecordedWithItsBatch() throws Exception {
        JsonNode batch = runBatch(rest.post("admin", "/engine-rest/modification/executeAsync", Map.of(
                "processDefinitionId", initiative.getProcessDefinitionId(),
                "processInstanceIds", List.of(initiative.getId()),
                "skipCustomListeners", true,
                "annotation", "Làm lại bước cấp ủy theo văn bản 13/CU",
                "instructions", List.of(Map.of("type", "cancel", "activityId", "Task_GivePartyOpinion"),
                        Map.of("type", "startBeforeActivity", "activityId", "Task_GivePartyOpinion")))));

        Decision modified = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(modified.actor()).isEqualTo("admin");
        assertThat(modified.outcome()).isEqualTo("ModifyProcessInstance");
        assertThat(modified.details()).containsEntry("batchId", batch.get("id").asText());
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).filteredOn(record -> record.type()
                .equals(RecordManualInterventions.MANUAL_CHANGE)).hasSize(1);
    }

    @Test
    void anAdministratorMigratingTheInitiativeToAnotherVersionIsRecordedWithTheVersion() throws Exception {
        ProcessDefinition next = deployACopyOfTheModel();
        var executed = rest.post("admin", "/engine-rest/migration/execute", Map.of(
                "migrationPlan", migrationPlanTo(next), "processInstanceIds", List.of(initiative.getId())));
        assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision migrated = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(migrated.actor()).isEqualTo("admin");
        assertThat(migrated.outcome()).isEqualTo("Migrate");
        assertThat(migrated.details()).containsEntry("changed", Map.of("processDefinitionId", next.getId(),
                "processDefinitionVersion", next.getVersion()));
    }

    @Test
    void aMigrationRunAsABatchIsRecordedWithWhoCreatedTheBatch() throws Exception {
        ProcessDefinition next = deployACopyOfTheModel();
        JsonNode batch = runBatch(rest.post("admin", "/engine-rest/migration/executeAsync", Map.of(
                "migrationPlan", migrationPlanTo(next), "processInstanceIds", List.of(initiative.getId()))));

        Decision migrated = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(migrated.actor()).isEqualTo("admin");
        assertThat(migrated.outcome()).isEqualTo("Migrate");
        assertThat(migrated.details()).containsEntry("batchId", batch.get("id").asText());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(initiative.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(next.getId());
    }

    @Test
    void anAdministratorRestartingACancelledInitiativeIsRecordedWithTheInstanceItRestarts() {
        runtime.deleteProcessInstance(initiative.getId(), "hủy nhầm");

        assertThat(rest.post("admin", restartPath(), restartAtPartyOpinion()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(initiative.getBusinessKey())
                .activityIdIn("Task_GivePartyOpinion").count()).isEqualTo(1);
        Decision record = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(record.actor()).isEqualTo("admin");
        assertThat(record.outcome()).isEqualTo("RestartProcessInstance");
        assertThat(record.agencyCode()).isEqualTo("skhcn");
        assertThat(record.details()).containsEntry("restartedProcessInstanceId", initiative.getId())
                .containsEntry("startActivityId", "Task_GivePartyOpinion");
    }

    @Test
    void aRestartRunAsABatchIsRecordedWithWhoCreatedTheBatch() throws Exception {
        runtime.deleteProcessInstance(initiative.getId(), "hủy nhầm");

        JsonNode batch = runBatch(rest.post("admin", restartPath() + "-async", restartAtPartyOpinion()));

        Decision record = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(record.actor()).isEqualTo("admin");
        assertThat(record.outcome()).isEqualTo("RestartProcessInstance");
        assertThat(record.details()).containsEntry("batchId", batch.get("id").asText())
                .containsEntry("restartedProcessInstanceId", initiative.getId());
    }

    @Test
    void anAdministratorStartingAnInitiativeHalfwayThroughIsRecordedWithWhereItStarted() {
        String paperRecord = initiative.getBusinessKey() + "-GIAY";
        assertThat(rest.post("admin", "/engine-rest/process-definition/key/initiative/start", Map.of(
                "businessKey", paperRecord,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_GivePartyOpinion")),
                "variables", Map.of("agencyCode", Map.of("value", "skhcn"),
                        "receivedAt", Map.of("value", "2026-11-02T08:00:00.000+0700", "type", "Date"))))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Decision> records = decisionLog.forInitiative(paperRecord);
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).extracting(Decision::type, Decision::outcome, Decision::actor)
                .containsExactly(RecordManualInterventions.MANUAL_CHANGE, "StartProcessInstanceAtActivities", "admin");
        assertThat(records.get(0).details()).containsEntry("startActivityId", "Task_GivePartyOpinion")
                .doesNotContainKey("restartedProcessInstanceId");
    }

    @Test
    void anAdministratorSettingAVariableIsRecordedWithItsNewValue() {
        assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + initiative.getId()
                + "/variables/title", Map.of("value", "Đổi tên bằng tay", "type", "String")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Decision changed = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(changed.actor()).isEqualTo("admin");
        assertThat(changed.outcome()).isEqualTo("SetVariable");
        assertThat(changed.details()).containsEntry("variables", Map.of("title", "Đổi tên bằng tay"));
    }

    @Test
    void anAdministratorRemovingAVariableIsRecordedWithItsName() {
        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + initiative.getId()
                + "/variables/impact", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision removed = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(removed.actor()).isEqualTo("admin");
        assertThat(removed.outcome()).isEqualTo("RemoveVariable");
        assertThat(removed.details().get("variables")).isEqualTo(java.util.Collections.singletonMap("impact", null));
    }

    @Test
    void anAdministratorDeletingAVariablesHistoryIsRecorded() throws Exception {
        JsonNode title = json.readTree(rest.get("admin", "/engine-rest/history/variable-instance?processInstanceId="
                + initiative.getId() + "&variableName=title").getBody()).get(0);

        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/history/variable-instance/"
                + title.get("id").asText(), null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision deleted = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(deleted.actor()).isEqualTo("admin");
        assertThat(deleted.outcome()).isEqualTo("DeleteHistory");
        assertThat(deleted.details()).containsEntry("entityType", "Variable");
    }

    @Test
    void anAdministratorDeletingAnEndedInitiativesHistoryIsRecordedAndTheLogKeepsItsRecords() {
        String history = "/engine-rest/history/process-instance/" + initiative.getId();
        assertThat(rest.exchange("admin", HttpMethod.DELETE, history, null).getStatusCode())
                .as("still running: refused").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).extracting(Decision::type)
                .doesNotContain(RecordManualInterventions.MANUAL_CHANGE);
        runtime.deleteProcessInstance(initiative.getId(), "Đăng ký trùng");

        assertThat(rest.exchange("admin", HttpMethod.DELETE, history, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision deleted = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(deleted.actor()).isEqualTo("admin");
        assertThat(deleted.outcome()).isEqualTo("DeleteHistory");
        assertThat(deleted.agencyCode()).isEqualTo("skhcn");
        assertThat(deleted.details()).containsEntry("entityType", "ProcessInstance").doesNotContainKey("batchId");
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey()).get(0).type()).isEqualTo("REGISTRATION_SUBMITTED");
    }

    @Test
    void aHistoryDeletionRunAsABatchIsRecordedWithWhoCreatedTheBatch() throws Exception {
        runtime.deleteProcessInstance(initiative.getId(), "Đăng ký trùng");

        JsonNode batch = runBatch(rest.post("admin", "/engine-rest/history/process-instance/delete",
                Map.of("historicProcessInstanceIds", List.of(initiative.getId()), "deleteReason", "dọn dữ liệu thử")));

        Decision deleted = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(deleted.actor()).isEqualTo("admin");
        assertThat(deleted.outcome()).isEqualTo("DeleteHistory");
        assertThat(deleted.details()).containsEntry("batchId", batch.get("id").asText());
    }

    @Test
    void deletingAModelWithItsInitiativesRecordsThatTheirHistoryWasDeleted() {
        ProcessDefinition copy = deployACopyOfTheModel();
        runtime.newMigration(runtime.createMigrationPlan(initiative.getProcessDefinitionId(), copy.getId())
                .mapEqualActivities().updateEventTriggers().build()).processInstanceIds(initiative.getId()).execute();

        assertThat(rest.exchange("admin", HttpMethod.DELETE, "/engine-rest/deployment/" + copy.getDeploymentId()
                + "?cascade=true", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        copies.remove(copy.getDeploymentId());

        Decision deleted = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(deleted.actor()).isEqualTo("admin");
        assertThat(deleted.outcome()).isEqualTo("DeleteHistory");
        assertThat(deleted.details()).containsEntry("entityType", "ProcessInstance");
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey()))
                .filteredOn(record -> "DeleteHistory".equals(record.outcome())).hasSize(1);
    }

    @Test
    void anAdministratorSuspendingTheInstanceIsRecorded() {
        assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + initiative.getId()
                + "/suspended", Map.of("suspended", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision suspended = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(suspended.actor()).isEqualTo("admin");
        assertThat(suspended.outcome()).isEqualTo("Suspend");
        assertThat(suspended.details()).containsEntry("changed", Map.of("suspensionState", "suspended"));
    }

    @Test
    void anAdministratorSuspendingSeveralInstancesAtOnceIsRecordedOnEach() {
        ProcessInstance second = scenario.register("an", Scenario.registration("skhcn"));
        assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/process-instance/suspended", Map.of(
                "processInstanceIds", List.of(initiative.getId(), second.getId()), "suspended", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        for (ProcessInstance each : List.of(initiative, second)) {
            Decision suspended = last(each, RecordManualInterventions.MANUAL_CHANGE);
            assertThat(suspended.actor()).isEqualTo("admin");
            assertThat(suspended.outcome()).isEqualTo("Suspend");
        }
    }

    @Test
    void anAdministratorSuspendingTheWholeModelWithItsInstancesIsRecordedOnEachInitiative() {
        ProcessInstance second = scenario.register("an", Scenario.registration("skhcn"));
        try {
            assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/process-definition/"
                    + initiative.getProcessDefinitionId() + "/suspended", Map.of(
                    "suspended", true, "includeProcessInstances", true)).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);

            for (ProcessInstance each : List.of(initiative, second)) {
                Decision suspended = last(each, RecordManualInterventions.MANUAL_CHANGE);
                assertThat(suspended.actor()).isEqualTo("admin");
                assertThat(suspended.outcome()).isEqualTo("Suspend");
                assertThat(suspended.details()).containsEntry("changed", Map.of("suspensionState", "suspended"));
            }
        } finally {
            repository.updateProcessDefinitionSuspensionState().byProcessDefinitionId(initiative.getProcessDefinitionId())
                    .includeProcessInstances(true).activate();
        }
        assertThat(last(second, RecordManualInterventions.MANUAL_CHANGE).outcome()).isEqualTo("Activate");
    }

    @Test
    void aSuspensionOfTheModelScheduledForLaterIsRecordedWhenItHappens() {
        try {
            assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/process-definition/"
                    + initiative.getProcessDefinitionId() + "/suspended", Map.of("suspended", true,
                    "includeProcessInstances", true, "executionDate", "2030-01-02T08:00:00.000+0700")).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).extracting(Decision::type)
                    .doesNotContain(RecordManualInterventions.MANUAL_CHANGE);
            Job scheduled = management.createJobQuery().timers()
                    .duedateHigherThan(Date.from(Instant.parse("2030-01-02T00:59:59Z")))
                    .duedateLowerThan(Date.from(Instant.parse("2030-01-02T01:00:01Z"))).list().stream()
                    .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();

            management.executeJob(scheduled.getId());

            Decision suspended = last(RecordManualInterventions.MANUAL_CHANGE);
            assertThat(suspended.outcome()).isEqualTo("Suspend");
            assertThat(suspended.actor()).isEqualTo("system");
        } finally {
            repository.updateProcessDefinitionSuspensionState().byProcessDefinitionId(initiative.getProcessDefinitionId())
                    .includeProcessInstances(true).activate();
        }
    }

    @Test
    void anAdministratorMovingTheTokenIsRecordedWithTheAnnotation() {
        assertThat(rest.post("admin", "/engine-rest/process-instance/" + initiative.getId() + "/modification", Map.of(
                "skipCustomListeners", true,
                "annotation", "Cấp ủy đã cho ý kiến bằng văn bản 12/CU",
                "instructions", List.of(Map.of("type", "cancel", "activityId", "Task_GivePartyOpinion"),
                        Map.of("type", "startBeforeActivity", "activityId", "Task_GivePartyOpinion"))))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision modified = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(modified.actor()).isEqualTo("admin");
        assertThat(modified.outcome()).isEqualTo("ModifyProcessInstance");
        assertThat(modified.reason()).isEqualTo("Cấp ủy đã cho ý kiến bằng văn bản 12/CU");
    }

    @Test
    void anAdministratorMovingADeadlineIsRecorded() throws Exception {
        List<Job> timers = management.createJobQuery().processInstanceId(initiative.getId()).timers().list();
        assertThat(timers).isNotEmpty();

        assertThat(rest.exchange("admin", HttpMethod.PUT, "/engine-rest/job/" + timers.get(0).getId() + "/duedate",
                Map.of("duedate", "2030-01-02T08:00:00.000+0700")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision moved = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(moved.actor()).isEqualTo("admin");
        assertThat(moved.outcome()).isEqualTo("SetDueDate");
        assertThat(moved.details()).containsEntry("jobId", timers.get(0).getId());
        JsonNode log = json.readTree(rest.get("an", "/api/initiatives/" + initiative.getBusinessKey() + "/decisions")
                .getBody());
        assertThat(log.get(log.size() - 1).get("type").asText()).isEqualTo(RecordManualInterventions.MANUAL_CHANGE);
    }

    @Test
    void anAdministratorSignallingTheInitiativePastThePartysOpinionIsRecordedWithWhatWasGiven() {
        String execution = scenario.task(initiative, "Task_GivePartyOpinion").getExecutionId();

        assertThat(rest.post("admin", "/engine-rest/execution/" + execution + "/signal", Map.of(
                "variables", Map.of("partyOpinion", Map.of("value", "AGREE")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        Decision signalled = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(signalled.actor()).isEqualTo("admin");
        assertThat(signalled.outcome()).isEqualTo("Signal");
        assertThat(signalled.details()).containsEntry("leftActivityId", "Task_GivePartyOpinion")
                .containsEntry("variables", Map.of("partyOpinion", "AGREE"));
    }

    @Test
    void anAdministratorEndingTheInitiativeWithABpmnErrorFromATaskIsRecorded() {
        String opinion = scenario.task(initiative, "Task_GivePartyOpinion").getId();

        assertThat(rest.post("admin", "/engine-rest/task/" + opinion + "/bpmnError", Map.of("errorCode", "HUY"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(initiative.getId()).count()).isZero();
        Decision ended = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(ended.actor()).isEqualTo("admin");
        assertThat(ended.outcome()).isEqualTo("HandleTaskBpmnError");
        assertThat(ended.details()).containsEntry("leftActivityId", "Task_GivePartyOpinion");
    }

    @Test
    void anAdministratorRunningADeadlineBeforeItIsDueIsRecorded() {
        Job deadline = management.createJobQuery().processInstanceId(initiative.getId()).timers().singleResult();

        assertThat(rest.post("admin", "/engine-rest/job/" + deadline.getId() + "/execute", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).filteredOn(record -> record.type()
                .equals(RecordManualInterventions.MANUAL_CHANGE)).singleElement().satisfies(run -> {
                    assertThat(run.actor()).isEqualTo("admin");
                    assertThat(run.outcome()).isEqualTo("Execute");
                    assertThat(run.details()).containsEntry("jobId", deadline.getId());
                });
    }

    @Test
    void anAdministratorAddingACandidateToATaskIsRecorded() {
        String opinion = scenario.task(initiative, "Task_GivePartyOpinion").getId();

        assertThat(rest.post("admin", "/engine-rest/task/" + opinion + "/identity-links", Map.of(
                "groupId", "skhcn-leaders", "type", "candidate")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Decision added = last(RecordManualInterventions.MANUAL_CHANGE);
        assertThat(added.actor()).isEqualTo("admin");
        assertThat(added.outcome()).isEqualTo("AddGroupLink");
        assertThat(added.details()).containsEntry("taskId", opinion);
    }

    @Test
    void theProceduresOwnStepsAddNoManualRecord() {
        scenario.complete("giang", initiative, "Task_GivePartyOpinion", Map.of("partyOpinion", "AGREE"));
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "NO"));

        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).extracting(Decision::type)
                .doesNotContain(RecordManualInterventions.MANUAL_CHANGE, RecordManualInterventions.PROCESS_CANCELLED);
    }

    /** A second version of the initiative's model, removed again after the test (with what runs on it). */
    private ProcessDefinition deployACopyOfTheModel() {
        Deployment copy = repository.createDeployment().name("phiên bản thử di chuyển")
                .addModelInstance("initiative.bpmn", repository.getBpmnModelInstance(initiative.getProcessDefinitionId()))
                .deploy();
        copies.add(copy.getId());
        return repository.createProcessDefinitionQuery().deploymentId(copy.getId()).singleResult();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> migrationPlanTo(ProcessDefinition next) throws Exception {
        return json.readValue(rest.post("admin", "/engine-rest/migration/generate", Map.of(
                "sourceProcessDefinitionId", initiative.getProcessDefinitionId(),
                "targetProcessDefinitionId", next.getId(), "updateEventTriggers", true)).getBody(), Map.class);
    }

    @AfterEach
    void removeTheCopiesOfTheModel() {
        copies.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    private String restartPath() {
        return "/engine-rest/process-definition/" + initiative.getProcessDefinitionId() + "/restart";
    }

    private Map<String, Object> restartAtPartyOpinion() {
        return Map.of("processInstanceIds", List.of(initiative.getId()), "skipCustomListeners", true,
                "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_GivePartyOpinion")));
    }

    private JsonNode runBatch(ResponseEntity<String> started) throws Exception {
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode batch = json.readTree(started.getBody());
        assertThat(batch.get("createUserId").asText()).isEqualTo("admin");
        for (String definition : List.of("seedJobDefinitionId", "batchJobDefinitionId")) {
            management.createJobQuery().jobDefinitionId(batch.get(definition).asText()).list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        return batch;
    }

    private Decision last(String type) {
        return last(initiative, type);
    }

    private Decision last(ProcessInstance instance, String type) {
        List<Decision> records = decisionLog.forInitiative(instance.getBusinessKey());
        assertThat(records).isNotEmpty();
        Decision last = records.get(records.size() - 1);
        assertThat(last.type()).isEqualTo(type);
        return last;
    }
}
