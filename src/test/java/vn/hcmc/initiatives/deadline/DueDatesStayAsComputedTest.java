package vn.hcmc.initiatives.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.hcmc.initiatives.decisionlog.Decision;
import vn.hcmc.initiatives.decisionlog.DecisionLog;
import vn.hcmc.initiatives.registration.InitiativeProcess;
import vn.hcmc.initiatives.support.Rest;
import vn.hcmc.initiatives.support.Scenario;
import vn.hcmc.initiatives.support.ServiceTest;

/**
 * A task's due date stays the deadline the procedure computed: the party committee cannot push its own deadline back
 * (and so out of the overdue count) through the REST API as Tasklist updates a task, though it may still set itself a
 * follow-up date. An administrator may, and that is on the initiative's decision log.
 */
@ServiceTest
class DueDatesStayAsComputedTest {

    private static final String LATER = "2031-06-30T17:00:00.000+0700";

    @Autowired
    Scenario scenario;
    @Autowired
    Rest rest;
    @Autowired
    TaskService tasks;
    @Autowired
    DecisionLog decisionLog;

    private final ObjectMapper json = new ObjectMapper();
    private ProcessInstance initiative;
    private Task opinion;

    @BeforeEach
    void anInitiativeAwaitsThePartysOpinion() {
        initiative = scenario.register("an", Scenario.registration("skhcn"));
        opinion = scenario.task(initiative, InitiativeProcess.TASK_GIVE_PARTY_OPINION);
    }

    @Test
    void thePartyCannotPushItsOwnDeadlineBackButMaySetAFollowUpDate() throws Exception {
        Map<String, Object> noDueDate = new HashMap<>();
        noDueDate.put("due", null);
        ResponseEntity<String> pushedBack = update("giang", Map.of("due", LATER));
        ResponseEntity<String> cleared = update("giang", noDueDate);
        ResponseEntity<String> followUp = update("giang", Map.of("followUp", "2026-12-03T08:00:00.000+0700"));

        assertThat(pushedBack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(pushedBack.getBody()).get("field").asText()).isEqualTo("due");
        assertThat(cleared.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(followUp.getStatusCode()).as(followUp.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Task now = tasks.createTaskQuery().taskId(opinion.getId()).singleResult();
        assertThat(now.getDueDate()).isEqualTo(opinion.getDueDate());
        assertThat(now.getFollowUpDate()).isNotNull();
        assertThat(decisionLog.forInitiative(initiative.getBusinessKey())).extracting(Decision::type)
                .doesNotContain("MANUAL_CHANGE");
    }

    @Test
    void anAdministratorMayMoveItAndIsRecorded() throws Exception {
        assertThat(update("admin", Map.of("due", LATER)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getDueDate())
                .isAfter(opinion.getDueDate());
        List<Decision> log = decisionLog.forInitiative(initiative.getBusinessKey());
        Decision moved = log.get(log.size() - 1);
        assertThat(moved).extracting(Decision::type, Decision::outcome, Decision::actor)
                .containsExactly("MANUAL_CHANGE", "Update", "admin");
        assertThat(moved.details()).containsEntry("taskId", opinion.getId());
        assertThat(moved.details().get("changed")).isInstanceOfSatisfying(Map.class,
                changed -> assertThat(changed).containsOnlyKeys("dueDate"));
    }

    /**
     * The task as the REST API gives it, some fields changed, put back whole, as Tasklist does (PUT replaces every
     * field); that includes its form reference ({@code camundaFormRef}), which Camunda's own PUT cannot read.
     */
    private ResponseEntity<String> update(String user, Map<String, Object> changes) throws Exception {
        String path = "/engine-rest/task/" + opinion.getId();
        Map<String, Object> task = json.readValue(rest.get(user, path).getBody(), new TypeReference<>() {
        });
        assertThat(task).containsKey("camundaFormRef");
        task.putAll(changes);
        return rest.exchange(user, HttpMethod.PUT, path, task);
    }
}
