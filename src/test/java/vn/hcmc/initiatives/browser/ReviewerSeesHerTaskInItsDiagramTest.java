package vn.hcmc.initiatives.browser;

import static vn.hcmc.initiatives.registration.InitiativeProcess.TASK_GIVE_PARTY_OPINION;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcmc.initiatives.support.Scenario;

/** A reviewer opens her task's "Sơ đồ" tab and sees the process with her step marked. */
@BrowserTest
class ReviewerSeesHerTaskInItsDiagramTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    Scenario scenario;

    @Test
    void partyMemberSeesTheOpinionStepMarkedInTheInitiativesDiagram() {
        ProcessInstance initiative = scenario.register("an", Scenario.registration("skhcn"));
        String opinion = scenario.task(initiative, TASK_GIVE_PARTY_OPINION).getId();
        Tasklist tasklist = new Tasklist(browser);

        tasklist.logIn("giang");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        tasklist.openTask(opinion);
        tasklist.diagramHighlights(TASK_GIVE_PARTY_OPINION);
        browser.step("the task in its diagram");
    }
}
