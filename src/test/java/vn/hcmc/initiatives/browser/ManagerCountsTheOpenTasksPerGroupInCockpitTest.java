package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Scenario;

/** A manager opens Cockpit's "Nhiệm vụ" page and sees the open tasks counted per group. */
@BrowserTest
class ManagerCountsTheOpenTasksPerGroupInCockpitTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;
    @Autowired
    TaskService tasks;

    @Test
    void xuanSeesSkhcnsPartyWithItsOpenOpinionTask() {
        scenario.register("an", Scenario.registration("skhcn"));
        Cockpit cockpit = new Cockpit(browser);

        cockpit.logIn("xuan");
        cockpit.openTasks();
        String row = browser.visible(By.xpath("//tr[td[contains(., 'skhcn-party')]]"))
                .getText();
        browser.step("open tasks per group");

        // Other tests of the run leave tasks too, some of them claimed: the page counts what the engine holds of the
        // group's tasks nobody has taken yet (Camunda's report counts tasks without an assignee).
        long open = tasks.createTaskQuery().taskCandidateGroup("skhcn-party").taskUnassigned().count();
        assertThat(open).isPositive();
        assertThat(row.trim()).startsWith(open + " ");
    }
}
