package vn.hcmc.initiatives.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/** History is full, except for the copies that only restate another variable for a form. */
@ServiceTest
class DisplayCopiesOutOfHistoryTest {

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    @Test
    void aTasksDueDateTextIsShownToTheFormButNotWrittenToHistoryWhileTheAnswerIs() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
        assertThat(tasks.getVariableLocal(opinion.getId(), "dueDateText")).asString().matches("\\d{2}/\\d{2}/\\d{4}");

        scenario.complete("giang", initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION, Map.of("partyOpinion", "AGREE"));

        for (String copy : DisplayCopiesOutOfHistory.NAMES) {
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(initiative.getId())
                    .variableName(copy).count()).as(copy).isZero();
        }
        assertThat(history.createHistoricDetailQuery().processInstanceId(initiative.getId()).variableUpdates().list())
                .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
                .doesNotContainAnyElementsOf(DisplayCopiesOutOfHistory.NAMES)
                .contains("partyOpinion", "plannedEndDate", "title");
        assertThat(scenario.historicVariable(initiative, "partyOpinion")).isEqualTo("AGREE");
    }
}
