package vn.hcmc.initiatives.protection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.hcmc.initiatives.config.ServiceCommands;
import vn.hcmc.initiatives.registration.InitiativeProcess;

/**
 * The facts of an initiative as its history keeps them, running or ended. Read without the checks of the
 * user who asks: home affairs may start a review of any initiative without reading each one's variables.
 */
@Component
class InitiativeHistory {

    private final HistoryService history;
    private final ServiceCommands service;

    InitiativeHistory(HistoryService history,
                      ServiceCommands service) {
        this.service = service;
        this.history = history;
    }

    /** The named process-level variables of the latest initiative with that business key; empty when none. */
    Optional<Map<String, Object>> factsOf(String initiativeKey, List<String> names) {
        return service.call(() -> {
            List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(InitiativeProcess.KEY).processInstanceBusinessKey(initiativeKey)
                    .orderByProcessInstanceStartTime().desc().listPage(0, 1);
            if (found.isEmpty()) {
                return Optional.empty();
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
}
