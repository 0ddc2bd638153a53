package vn.hcmc.initiatives.browser;

import static vn.hcmc.initiatives.browser.Browser.literal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit as a manager uses it: processes, one process's running instances, the open tasks. */
final class Cockpit {

    static final String PATH = "/camunda/app/cockpit/";

    private static final By INSTANCES = By.cssSelector("table.process-instances");
    private static final By BUSINESS_KEYS = By.cssSelector("table.process-instances td.business-key");

    private final Browser browser;

    Cockpit(Browser browser) {
        this.browser = browser;
    }

    void logIn(String user) {
        browser.open(PATH);
        LoginPage.logIn(browser, user);
    }

    /** "Quy trình" in the header: the deployed processes. */
    void openProcesses() {
        browser.click(By.cssSelector("[cam-widget-header] a[href='#/processes']"));
    }

    /** "Nhiệm vụ" in the header: the human tasks, with the open ones counted per group. */
    void openTasks() {
        browser.click(By.cssSelector("[cam-widget-header] a[href='#/tasks']"));
    }

    /** A process from the list of processes, by its key; shows its running instances. */
    void openProcess(String key) {
        browser.click(By.xpath("//a[contains(@href, '#/process-definition/')][normalize-space(.) = "
                + literal(key) + "]"));
        browser.visible(INSTANCES);
    }

    /** Business keys in the instance list, once it lists this one. */
    List<String> businessKeysListing(String businessKey) {
        browser.visible(By.xpath("//table[contains(@class, 'process-instances')]//td[contains(@class, 'business-key')]"
                + "[normalize-space(.) = " + literal(businessKey) + "]"));
        return browser.all(BUSINESS_KEYS).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** The header of the business-key column. */
    String businessKeyColumn() {
        return browser.visible(By.cssSelector("table.process-instances th.business-key")).getText().trim();
    }
}
