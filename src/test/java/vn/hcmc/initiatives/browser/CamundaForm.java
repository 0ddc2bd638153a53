package vn.hcmc.initiatives.browser;

import static vn.hcmc.initiatives.browser.Browser.literal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js, as Tasklist renders it), driven through the labels a user reads.
 * form-js gives each input a generated id and points the field's label at it ({@code for}).
 */
final class CamundaForm {

    /** form-js's date picker reads what is typed in the US order, whatever the language. */
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Browser browser;
    private final String form;

    /** @param container XPath of the element that holds the form (the start dialog, the task view) */
    CamundaForm(Browser browser, String container) {
        this.browser = browser;
        this.form = container + "//form[contains(@class, 'fjs-form')]";
        browser.visible(By.xpath(form));
    }

    /** The field's label; its first text is the label without the required-field asterisk. */
    private By label(String label) {
        return By.xpath(form + "//label[normalize-space(text()[1]) = " + literal(label) + "]");
    }

    private By input(String label) {
        return By.id(browser.visible(label(label)).getAttribute("for"));
    }

    boolean shows(String label) {
        return browser.visible(label(label)).isDisplayed();
    }

    /**
     * Types into a text field and waits until form-js has kept it: form-js takes typed text after a short
     * debounce, and a click elsewhere within it (the next drop-down, say) could leave the field empty.
     */
    void type(String label, String text) {
        By input = input(label);
        browser.until("kept in " + label, d -> {
            browser.type(input, text);
            pause(KEEP_MILLIS);
            try {
                return text.equals(d.findElement(input).getAttribute("value"));
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Longer than form-js's debounce of typed text. */
    private static final long KEEP_MILLIS = 400;

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A radio button of the group with this label. */
    void choose(String group, String option) {
        By radio = By.xpath(form + "//div[contains(@class, 'fjs-form-field-radio')][label[normalize-space(text()[1]) = "
                + literal(group) + "]]//label[normalize-space(.) = " + literal(option) + "]/input");
        // The form is drawn again when the task's data arrives (after a claim, for one): choose until it sticks.
        browser.until("chosen: " + group + " = " + option, d -> {
            try {
                WebElement element = d.findElement(radio);
                if (!element.isSelected()) {
                    browser.click(radio);
                }
                return d.findElement(radio).isSelected();
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** form-js draws its own drop-down: open it, then pick the option by its text. */
    void select(String label, String option) {
        String id = browser.visible(label(label)).getAttribute("for");
        By display = By.id(id + "-display");
        browser.click(display);
        browser.click(By.xpath(form + "//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = "
                + literal(option) + "]"));
        browser.until("selected: " + label + " = " + option,
                d -> d.findElement(display).getText().trim().equals(option));
    }

    /** Types the date and leaves the field, which is when the date picker takes it. */
    void date(String label, LocalDate date) {
        By input = input(label);
        browser.type(input, date.format(TYPED_DATE));
        browser.driver().findElement(input).sendKeys(Keys.TAB);
        browser.until("date taken: " + label, d -> !d.findElement(input).getAttribute("value").isBlank());
    }

    /** The error shown under the field, waiting for it to appear. */
    String errorOf(String label) {
        String field = "//div[contains(@class, 'fjs-form-field')][label[normalize-space(text()[1]) = "
                + literal(label) + "]]";
        WebElement error = browser.visible(By.xpath(form + field + "//*[contains(@class, 'fjs-form-field-error')]"));
        browser.scrollToMiddle(error);
        return error.getText();
    }

    List<String> errors() {
        return browser.all(By.xpath(form + "//*[contains(@class, 'fjs-form-field-error')]")).stream()
                .map(WebElement::getText).toList();
    }
}
