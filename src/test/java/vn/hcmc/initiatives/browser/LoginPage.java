package vn.hcmc.initiatives.browser;

import org.openqa.selenium.By;

/** The login page every Camunda web app shows first; the demo users' password is {@code demo}. */
final class LoginPage {

    static final By FORM = By.cssSelector("form[name='signinForm']");
    static final By SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit']");
    static final By ACCOUNT_MENU = By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle");

    private LoginPage() {
    }

    static void logIn(Browser browser, String user) {
        browser.type(By.cssSelector("form[name='signinForm'] input[ng-model='username']"), user);
        browser.type(By.cssSelector("form[name='signinForm'] input[ng-model='password']"), "demo");
        browser.click(SUBMIT);
        browser.visible(ACCOUNT_MENU);
    }

    static void logOut(Browser browser) {
        browser.click(ACCOUNT_MENU);
        browser.click(By.cssSelector("[cam-widget-header] li.logout > a"));
        browser.visible(FORM);
    }
}
