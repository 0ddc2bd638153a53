package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Scenario;

/**
 * What a reviewer does in Tasklist beside filling in the form, on the task in front of her (skhcn's party opinion,
 * which giang opens from her group's tasks): she comments on it and finds the comment in its history ("Thêm ghi
 * chú", "Lịch sử"), sets herself a follow-up date ("Đặt ngày theo dõi"), and sees where it stands in its process
 * ("Sơ đồ") — without the right to read the process's history or to move the task's deadline.
 */
@BrowserTest
class ReviewerWorksOnHerTaskInTasklistTest {

    private static final String NOTE = "Chờ họp Ban Thường vụ ngày 5/12";

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;

    private Task opinion;
    private Tasklist tasklist;

    @BeforeEach
    void giangOpensSkhcnsPartyOpinionFromHerGroupsTasks() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        opinion = scenario.task(initiative, TASK_GIVE_PARTY_OPINION);
        tasklist = new Tasklist(browser);
        tasklist.logIn("giang");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        tasklist.openTask(opinion.getId());
    }

    @Test
    void sheCommentsOnItAndReadsTheCommentInItsHistory() {
        tasklist.comment(NOTE);
        browser.step("comment saved");
        tasklist.historyShows(NOTE);
        browser.step("the task's history");

        assertThat(tasks.getTaskComments(opinion.getId())).extracting(Comment::getUserId, Comment::getFullMessage)
                .containsExactly(Tuple.tuple("giang", NOTE));
    }

    @Test
    void sheSetsHerselfAFollowUpDateAndItsDeadlineStays() {
        tasklist.setFollowUpDate();
        browser.until("follow-up date stored",
                () -> tasks.createTaskQuery().taskId(opinion.getId()).singleResult().getFollowUpDate() != null);
        browser.step("follow-up date set");

        Task now = tasks.createTaskQuery().taskId(opinion.getId()).singleResult();
        assertThat(now.getDueDate()).isEqualTo(opinion.getDueDate());
        assertThat(now.getName()).isEqualTo(opinion.getName());
    }

    @Test
    void sheSeesItsStepMarkedInTheInitiativesDiagram() {
        tasklist.diagramHighlights(TASK_GIVE_PARTY_OPINION);
        browser.step("the task in its diagram");
    }
}
