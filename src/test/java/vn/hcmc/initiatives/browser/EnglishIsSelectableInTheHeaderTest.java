package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Vietnamese by default; the VI | EN switch in the header changes the language and remembers it. */
@BrowserTest
class EnglishIsSelectableInTheHeaderTest {

    private static final By LOGIN_BUTTON = LoginPage.SUBMIT;
    private static final By START_PROCESS = By.cssSelector("li.start-process-action > view > a");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void englishChosenOnceStaysAcrossLoginsAndAppsUntilVietnameseIsChosen() {
        browser.open(Tasklist.PATH);
        assertThat(browser.visible(LOGIN_BUTTON).getText()).isEqualTo("Đăng nhập");
        browser.step("login in Vietnamese");

        choose("en");
        browser.until("login page in English", d -> d.findElement(LOGIN_BUTTON).getText().equals("Log in"));
        browser.step("login in English");

        LoginPage.logIn(browser, "an");
        assertThat(browser.visible(START_PROCESS).getText()).isEqualTo("Start process");
        assertThat(browser.visible(activeLanguage()).getText()).isEqualTo("EN");
        browser.step("Tasklist in English");

        LoginPage.logOut(browser);
        browser.open(Cockpit.PATH);
        assertThat(browser.visible(LOGIN_BUTTON).getText()).isEqualTo("Log in");
        LoginPage.logIn(browser, "xuan");
        assertThat(browser.visible(By.cssSelector("[cam-widget-header] a[href='#/processes']")).getText())
                .isEqualTo("Processes");
        browser.step("Cockpit in English too");

        choose("vi");
        browser.until("Cockpit in Vietnamese",
                d -> d.findElement(By.cssSelector("[cam-widget-header] a[href='#/processes']")).getText()
                        .equals("Quy trình"));
        browser.step("back in Vietnamese");
        LoginPage.logOut(browser);
        browser.open(Tasklist.PATH);
        assertThat(browser.visible(LOGIN_BUTTON).getText()).isEqualTo("Đăng nhập");
    }

    private void choose(String language) {
        browser.click(By.cssSelector("[cam-widget-header] li.language-switch a[data-locale='" + language + "']"));
        browser.until("language " + language + " active",
                d -> !d.findElements(By.cssSelector("[cam-widget-header] li.language-switch a.active[data-locale='"
                        + language + "']")).isEmpty());
    }

    private static By activeLanguage() {
        return By.cssSelector("[cam-widget-header] li.language-switch a.active");
    }
}
