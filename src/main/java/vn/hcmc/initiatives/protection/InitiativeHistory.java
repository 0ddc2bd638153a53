package vn.hcmc.initiatives.protection;

import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.AGENCY_CODE;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.AGENCY_NAME;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.DAMAGE_DESCRIPTION;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.DAMAGE_OCCURRED;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.EVALUATION_RESULT;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.HEAD_PERSONALLY;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.PERSONALLY_RESPONSIBLE;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.RESPONSIBLE_BODY;
import static vn.hcmc.initiatives.protection.ResponsibilityReviewProcess.TITLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.agency.Agency;
import vn.hcmc.initiatives.agency.AgencyRegistry;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;

/**
 * The facts of an initiative as its history keeps them, running or ended. Read without the checks of the
 * user who asks: home affairs may start a review of any initiative without reading each one's variables.
 * Once the history cleanup has removed an ended initiative's history (its retention, 5 years after the end, has
 * passed), the facts come from its decision log, which is kept for good: the registration (agency, title), the
 * result's evaluation (result, damage) and a head's approval after a failed vote (who bears responsibility).
 */
@Component
class InitiativeHistory {

    private static final String APPROVE = "APPROVE";

    private final HistoryService history;
    private final ServiceCommands service;
    private final DecisionLog log;
    private final AgencyRegistry agencies;

    InitiativeHistory(HistoryService history,
                      ServiceCommands service,
                      DecisionLog log,
                      AgencyRegistry agencies) {
        this.service = service;
        this.history = history;
        this.log = log;
        this.agencies = agencies;
    }

    /** The named process-level variables of the latest initiative with that business key; empty when none. */
    Optional<Map<String, Object>> factsOf(String initiativeKey, List<String> names) {
        return service.call(() -> {
            List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(InitiativeProcess.KEY).processInstanceBusinessKey(initiativeKey)
                    .orderByProcessInstanceStartTime().desc().listPage(0, 1);
            if (found.isEmpty()) {
                return fromTheDecisionLog(initiativeKey, names);
            }
            String instanceId = found.get(0).getId();
            Map<String, Object> facts = new HashMap<>();
            for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                    .processInstanceId(instanceId).variableNameIn(names.toArray(String[]::new)).list()) {
                // Task-local copies of a name do not describe the initiative.
                if (instanceId.equals(variable.getActivityInstanceId()) && variable.getValue() != null) {
                    facts.put(variable.getName(), variable.getValue());
                }
            }
            return Optional.of(facts);
        });
    }

    private Optional<Map<String, Object>> fromTheDecisionLog(String initiativeKey, List<String> names) {
        List<Decision> records = log.forInitiative(initiativeKey);
        Optional<Decision> registration = records.stream()
                .filter(record -> InitiativeProcess.RECORD_SUBMITTED.equals(record.type())).findFirst();
        if (registration.isEmpty()) {
            return Optional.empty();
        }
        String agencyCode = registration.get().agencyCode();
        Map<String, Object> facts = new HashMap<>();
        facts.put(AGENCY_CODE, agencyCode);
        facts.put(TITLE, registration.get().details().get(TITLE));
        facts.put(AGENCY_NAME, agencies.find(agencyCode).map(Agency::name).orElse(null));
        latest(records, InitiativeProcess.RECORD_RESULT_EVALUATION).ifPresent(evaluation -> {
            facts.put(EVALUATION_RESULT, evaluation.outcome());
            facts.put(DAMAGE_OCCURRED, evaluation.details().get(DAMAGE_OCCURRED));
            facts.put(DAMAGE_DESCRIPTION, evaluation.details().get(DAMAGE_DESCRIPTION));
        });
        latest(records, InitiativeProcess.RECORD_HEAD_OVERRIDE)
                .filter(override -> APPROVE.equals(override.outcome()))
                .ifPresent(override -> {
                    facts.put(PERSONALLY_RESPONSIBLE, override.actor());
                    facts.put(RESPONSIBLE_BODY, HEAD_PERSONALLY);
                });
        facts.keySet().retainAll(names);
        facts.values().removeIf(Objects::isNull);
        return Optional.of(facts);
    }

    private static Optional<Decision> latest(List<Decision> records, String type) {
        return records.stream().filter(record -> type.equals(record.type())).reduce((first, second) -> second);
    }
}
