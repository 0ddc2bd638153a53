package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Camunda's notice that Camunda 7 CE has ended ("Đã đến lúc chuyển sang Camunda 8…") is for the operators who plan
 * upgrades, in Cockpit; officials in Tasklist do not see it.
 */
@BrowserTest
class VendorNoticeIsForOperatorsNotOfficialsTest {

    private static final By NOTICE = By.cssSelector(".ce-eol-banner");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theEndOfLifeNoticeShowsInCockpitButNotInTasklist() {
        browser.open(Cockpit.PATH);
        LoginPage.logIn(browser, "xuan");
        assertThat(browser.visible(NOTICE).getText()).contains("Camunda 8");
        browser.step("Cockpit with the notice");
        LoginPage.logOut(browser);

        Tasklist tasklist = new Tasklist(browser);
        tasklist.logIn("giang");
        tasklist.openFilter(Tasklist.GROUP_TASKS);
        browser.step("Tasklist without it");
        assertThat(browser.all(NOTICE)).isNotEmpty().noneMatch(notice -> notice.isDisplayed());
    }
}
