package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Tasklist's header offers an official what the procedure lets them do: starting an initiative, not a standalone
 * task, which the engine would refuse them (403) and which would stand outside the procedure anyway.
 */
@BrowserTest
class TasklistOffersNoStandaloneTaskTest {

    private static final By CREATE_TASK = By.cssSelector(".create-task-action");
    private static final By START_PROCESS = By.cssSelector(".start-process-action");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anOfficialIsOfferedToStartAnInitiativeButNotToCreateATask() {
        Tasklist tasklist = new Tasklist(browser);
        tasklist.logIn("an");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        browser.step("Tasklist's header");

        assertThat(browser.visible(START_PROCESS).isDisplayed()).isTrue();
        assertThat(browser.all(CREATE_TASK)).isNotEmpty().noneMatch(action -> action.isDisplayed());
    }
}
