package vn.hcmc.initiatives.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/** The Tasklist start forms by which a head suspends, resumes or stops an initiative, or reports a risk. */
@ServiceTest
class InitiativeControlProcessTest {

    @Autowired
    Scenario scenario;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Rest rest;
    @Autowired
    DecisionLog log;

    @BeforeEach
    void engineForAssertions() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance inImplementation() {
        ProcessInstance initiative = scenario.registeredAndOpined("an", "skhcn", "giang");
        scenario.voteAll(initiative, Map.of("binh", "YES", "cuong", "YES", "dung", "YES"));
        scenario.complete("son", initiative, InitiativeProcess.TASK_APPROVE_RESEARCH_POLICY,
                Map.of("cityDecision", "APPROVED", "cityDecisionDocumentNo", "15/QĐ-UBND"));
        return initiative;
    }

    private ProcessInstance control(String user, String key, String action, String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("initiativeKey", key);
        form.put("controlAction", action);
        form.put("reason", reason);
        form.put("decisionDocumentNo", "7/QĐ-SKHCN");
        return scenario.as(user, () -> runtime.startProcessInstanceByKey(InitiativeProcess.CONTROL_KEY, form));
    }

    @Test
    void aSuspensionOverRestCarriesItsReasonButNotAnotherImplementer() throws Exception {
        ProcessInstance initiative = inImplementation();

        ResponseEntity<String> refused = rest.post("binh", "/engine-rest/message", Map.of(
                "messageName", InitiativeProcess.MESSAGE_SUSPENDED, "businessKey", initiative.getBusinessKey(),
                "processVariables", Map.of("reason", Map.of("value", "Rà soát pháp lý"),
                        "implementerId", Map.of("value", "binh"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new ObjectMapper().readTree(refused.getBody()).get("field").asText()).isEqualTo("implementerId");
        assertThat(initiative).isWaitingAt(InitiativeProcess.TASK_REPORT_COMPLETION);
        assertThat(runtime.getVariable(initiative.getId(), "implementerId")).isEqualTo("an");

        assertThat(rest.post("binh", "/engine-rest/message", Map.of(
                "messageName", InitiativeProcess.MESSAGE_SUSPENDED, "businessKey", initiative.getBusinessKey(),
                "processVariables", Map.of("reason", Map.of("value", "Rà soát pháp lý"),
                        "decisionDocumentNo", Map.of("value", "8/QĐ-SKHCN")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(initiative).isWaitingAt(InitiativeProcess.WHILE_SUSPENDED);
    }

    @Test
    void theHeadSuspendsAndResumesFromTasklist() {
        ProcessInstance initiative = inImplementation();
        ProcessInstance decision = control("binh", initiative.getBusinessKey(), "SUSPEND", "Rà soát pháp lý");

        assertThat(decision).isEnded();
        assertThat(initiative).isWaitingAt(InitiativeProcess.WHILE_SUSPENDED);
        control("binh", initiative.getBusinessKey(), "RESUME", null);
        assertThat(initiative).isWaitingAt(InitiativeProcess.TASK_REPORT_COMPLETION);
        // Resuming re-enters the implementation; it started once, on the city's approval.
        assertThat(log.forInitiative(initiative.getBusinessKey())).extracting(Decision::type)
                .containsOnlyOnce("IMPLEMENTATION_STARTED", "SUSPENDED", "RESUMED");
    }

    @Test
    void anUnknownKeyGetsAClearError() {
        assertThatThrownBy(() -> control("binh", "SK-2026-skhcn-9999", "STOP", "Dừng"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("SK-2026-skhcn-9999");
    }

    @Test
    void aSuspensionWithoutAReasonIsRefused() {
        ProcessInstance initiative = inImplementation();
        assertThatThrownBy(() -> control("binh", initiative.getBusinessKey(), "SUSPEND", " "))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reason");
        assertThat(initiative).isWaitingAt(InitiativeProcess.TASK_REPORT_COMPLETION);
    }

    @Test
    void anotherAgencysHeadCannotActOnTheInitiative() {
        ProcessInstance initiative = inImplementation();
        assertThatThrownBy(() -> control("khoa", initiative.getBusinessKey(), "STOP", "Dừng"))
                .isInstanceOf(AuthorizationException.class);
        assertThat(initiative).isWaitingAt(InitiativeProcess.TASK_REPORT_COMPLETION);
    }

    @Test
    void aRiskReportFromTasklistReachesTheInitiativeAndAnUnknownKeyIsA400() throws Exception {
        ProcessInstance initiative = inImplementation();
        scenario.as("binh", () -> runtime.startProcessInstanceByKey(InitiativeProcess.RISK_REPORT_KEY,
                Map.of("initiativeKey", initiative.getBusinessKey(), "damageDescription", "Lỗi tích hợp dữ liệu")));
        assertThat(initiative).isWaitingAt(InitiativeProcess.TASK_REPORT_COMPLETION, InitiativeProcess.CALL_RISK_REVIEW);

        ResponseEntity<String> unknown = rest.post("binh", "/engine-rest/process-definition/key/risk-report/start",
                Rest.variables(Map.of("initiativeKey", "SK-2026-skhcn-9998", "damageDescription", "x")));
        assertThat(unknown.getStatusCode()).as(unknown.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new ObjectMapper().readTree(unknown.getBody()).get("field").asText()).isEqualTo("initiativeKey");
    }
}
