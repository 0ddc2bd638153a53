package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Scenario;

/**
 * A reviewer sets herself a follow-up date on her task ("Đặt ngày theo dõi"): Tasklist puts the whole task back,
 * its form reference included; the due date the procedure computed stays as it was.
 */
@BrowserTest
class ReviewerSetsAFollowUpDateInTasklistTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;

    @Test
    void partyMemberSetsAFollowUpDateOnHerGroupsOpinionTask() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        Task opinion = scenario.task(initiative, TASK_GIVE_PARTY_OPINION);
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("giang");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        tasklist.openTask(opinion.getId());
        tasklist.setFollowUpDate();
        browser.until("follow-up date stored",
                () -> tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getFollowUpDate() != null);
        browser.step("follow-up date set");

        Task now = tasks.createTaskQuery().taskId(opinion.getId()).singleResult();
        assertThat(now.getDueDate()).isEqualTo(opinion.getDueDate());
        assertThat(now.getName()).isEqualTo(opinion.getName());
    }
}
