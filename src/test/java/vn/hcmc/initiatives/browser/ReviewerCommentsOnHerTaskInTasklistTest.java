package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Scenario;

/**
 * A reviewer adds a comment to the task in front of her ("Thêm ghi chú") and finds it under the task's history
 * ("Lịch sử"), although she may not read the process's history as a whole.
 */
@BrowserTest
class ReviewerCommentsOnHerTaskInTasklistTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;

    @Test
    void partyMemberCommentsOnHerGroupsOpinionTaskAndReadsItInItsHistory() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String opinion = scenario.task(initiative, TASK_GIVE_PARTY_OPINION).getId();
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("giang");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        tasklist.openTask(opinion);
        tasklist.comment("Chờ họp Ban Thường vụ ngày 5/12");
        browser.step("comment saved");
        tasklist.historyShows("Chờ họp Ban Thường vụ ngày 5/12");
        browser.step("the task's history");

        assertThat(tasks.getTaskComments(opinion)).extracting(Comment::getUserId, Comment::getFullMessage)
                .containsExactly(Tuple.tuple("giang", "Chờ họp Ban Thường vụ ngày 5/12"));
    }
}
