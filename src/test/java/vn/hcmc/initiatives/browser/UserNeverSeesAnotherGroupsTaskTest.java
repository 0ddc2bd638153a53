package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Scenario;

/** Tasklist lists a user the tasks of her own groups only, whichever filter she opens. */
@BrowserTest
class UserNeverSeesAnotherGroupsTaskTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;

    @Test
    void sxdPartyMemberSeesHerAgencysPartyTaskButNotTheSkhcnOne() {
        ProcessInstance skhcn = scenario.register("an", Scenario.registration("skhcn"));
        ProcessInstance sxd = scenario.register("hai", Scenario.registration("sxd"));
        String skhcnTask = scenario.task(skhcn, TASK_GIVE_PARTY_OPINION).getId();
        String sxdTask = scenario.task(sxd, TASK_GIVE_PARTY_OPINION).getId();
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("mai");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        // Her own agency's task is listed, so the list has loaded when the other is looked for.
        tasklist.seesTask(sxdTask);
        browser.step("mai's group tasks");
        assertThat(tasklist.listsTask(skhcnTask)).as("skhcn's party task in mai's group tasks").isFalse();

        tasklist.openFilter(Tasklist.MY_TASKS);
        tasklist.listsNothing();
        browser.step("mai's own tasks");
        assertThat(tasklist.listsTask(skhcnTask)).as("skhcn's party task in mai's own tasks").isFalse();
    }
}
