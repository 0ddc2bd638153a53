package vn.hcmc.initiatives.browser;

import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Scenario;

/**
 * A second member joins skhcn's party committee; giang has taken the committee's opinion on an initiative. The new
 * member finds it among her group's tasks with giang's name on it, not her login id.
 */
@BrowserTest
class ColleagueIsNamedOnTheTaskSheHoldsTest {

    private static final String NEW_MEMBER = "dieu";

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    private Task opinion;

    @BeforeEach
    void aSecondMemberJoinsThePartyCommitteeAndGiangTakesAnOpinion() {
        User member = identity.newUser(NEW_MEMBER);
        member.setFirstName("Diệu");
        member.setLastName("Lê Ngọc");
        member.setPassword("demo");
        identity.saveUser(member);
        identity.createMembership(NEW_MEMBER, "skhcn-party");
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        opinion = scenario.task(initiative, TASK_GIVE_PARTY_OPINION);
        scenario.as("giang", () -> {
            tasks.claim(opinion.getId(), "giang");
            return null;
        });
    }

    @AfterEach
    void theMemberLeaves() {
        identity.deleteUser(NEW_MEMBER);
    }

    @Test
    void theNewMemberSeesGiangsNameOnTheOpinionGiangHolds() {
        Tasklist tasklist = new Tasklist(browser);
        tasklist.logIn(NEW_MEMBER);
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        tasklist.openTask(opinion.getId());

        browser.visible(By.xpath("//*[contains(@class, 'task-card') or contains(@class, 'assignee')]"
                + "[contains(normalize-space(.), 'Giang Hoàng Thu')]"));
        browser.step("giang's name on her task");
    }
}
