package vn.hcmc.initiatives.browser;

import static vn.hcmc.initiatives.browser.Browser.literal;

import org.openqa.selenium.By;

/** Camunda Tasklist as a reviewer uses it: log in, pick a filter, open a task, see it in its diagram,
 * claim, comment, set a follow-up date, complete. */
final class Tasklist {

    static final String PATH = "/camunda/app/tasklist/";
    static final String MY_TASKS = "Việc của tôi";
    static final String GROUP_TASKS = "Việc của nhóm";

    private static final By START_PROCESS = By.cssSelector("li.start-process-action > view > a");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By COMPLETE = By.xpath("//button[@ng-click='complete()']");
    /** Tasklist's dialog (starting a process, adding a comment). */
    private static final String DIALOG = "//div[contains(@class, 'modal-dialog')]";
    private static final String TASK_VIEW = "//div[@cam-tasklist-task]";

    private final Browser browser;
    private String user;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    /** Logs in as the demo user (password {@code demo}), logging out whoever was in. */
    void logIn(String name) {
        if (user != null) {
            logOut();
        } else {
            browser.open(PATH);
        }
        LoginPage.logIn(browser, name);
        user = name;
    }

    void logOut() {
        LoginPage.logOut(browser);
        user = null;
    }

    /** Opens the start dialog and picks the process by its name; returns its start form. */
    CamundaForm startProcess(String processName) {
        browser.click(START_PROCESS);
        browser.click(By.xpath(DIALOG + "//ul[contains(@class, 'processes')]//a[normalize-space(.) = "
                + literal(processName) + "]"));
        return new CamundaForm(browser, DIALOG);
    }

    /** Presses "Bắt đầu" under the start form. */
    void submitStartForm() {
        browser.click(By.xpath(DIALOG
                + "//div[contains(@class, 'modal-footer')]//button[@ng-click='startProcessInstance()']"));
    }

    /** Waits for the notification Tasklist shows in the page (or in the start dialog). */
    void notified(String text) {
        browser.visible(By.xpath("//div[contains(@class, 'notifications')]//*[contains(normalize-space(.), "
                + literal(text) + ")]"));
    }

    void startDialogClosed() {
        browser.gone(By.xpath(DIALOG));
    }

    void openFilter(String name) {
        browser.click(By.xpath("//div[contains(@class, 'task-filter')]//a[normalize-space(text()[1]) = "
                + literal(name) + "]"));
        browser.visible(By.xpath("//div[contains(@class, 'task-filter') and contains(@class, 'active')]"
                + "//a[normalize-space(text()[1]) = " + literal(name) + "]"));
    }

    private static By taskInList(String taskId) {
        return By.cssSelector("ol.tasks-list a[href='#/?task=" + taskId + "']");
    }

    /** Waits for the task to be listed under the open filter. */
    void seesTask(String taskId) {
        browser.visible(taskInList(taskId));
    }

    /** Waits for the open filter to list nothing ("Không tìm thấy công việc nào phù hợp với bộ lọc."). */
    void listsNothing() {
        browser.visible(By.xpath("//div[@cam-tasks]//div[contains(@class, 'well')]"
                + "[contains(normalize-space(.), 'Không tìm thấy công việc nào')]"));
    }

    boolean listsTask(String taskId) {
        return browser.present(taskInList(taskId));
    }

    /** Opens a task listed under the open filter; returns its form. */
    CamundaForm openTask(String taskId) {
        // The list is drawn again while the filter's count and variables arrive, which can swallow a
        // click: click until the address names the task.
        browser.until("task opened: " + taskId, d -> {
            if (!d.getCurrentUrl().contains("task=" + taskId)) {
                browser.click(taskInList(taskId));
            }
            return d.getCurrentUrl().contains("task=" + taskId);
        });
        return new CamundaForm(browser, TASK_VIEW);
    }

    /** "Nhận việc": takes a group task; the form is drawn again for the new assignee. */
    CamundaForm claim() {
        browser.click(CLAIM);
        browser.gone(CLAIM);
        return new CamundaForm(browser, TASK_VIEW);
    }

    /** "Hoàn thành". */
    void complete() {
        browser.click(COMPLETE);
    }

    /** "Thêm ghi chú" on the open task: writes the comment and saves it; the dialog closes when it is saved. */
    void comment(String text) {
        browser.click(By.cssSelector("a.createCommentLink"));
        browser.type(By.id("comment-form-message"), text);
        browser.click(By.xpath(DIALOG + "//button[@ng-click='submit()']"));
        browser.gone(By.xpath(DIALOG));
    }

    /** "Đặt ngày theo dõi" on the open task: opens the date picker and takes the date it offers (today). */
    void setFollowUpDate() {
        browser.click(By.cssSelector("[cam-tasklist-task-meta] [cam-widget-inline-field].followup-date"));
        browser.click(By.xpath("//button[@ng-click='applyChange($event);']"));
        browser.gone(By.xpath("//button[@ng-click='applyChange($event);']"));
    }

    /** Opens the task's "Sơ đồ" tab and waits for the diagram to mark the element (the task's place in its process). */
    void diagramHighlights(String elementId) {
        browser.click(By.xpath(TASK_VIEW + "//ul[contains(@class, 'nav-tabs')]//a[normalize-space(.) = 'Sơ đồ']"));
        browser.visible(By.cssSelector(".diagram-pane [data-element-id='" + elementId + "'].highlight"));
    }

    /** Opens the task's "Lịch sử" tab and waits for the text among its entries. */
    void historyShows(String text) {
        browser.click(By.xpath(TASK_VIEW + "//ul[contains(@class, 'nav-tabs')]//a[normalize-space(.) = 'Lịch sử']"));
        browser.visible(By.xpath(TASK_VIEW + "//*[contains(@class, 'history')]//*[contains(normalize-space(.), "
                + literal(text) + ")]"));
    }
}
