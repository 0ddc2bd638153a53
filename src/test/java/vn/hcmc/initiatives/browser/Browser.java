package vn.hcmc.initiatives.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium per test, Debian's own browser and driver (never downloaded), with the
 * browser's language set to Vietnamese as our users' is. Register it with {@code @RegisterExtension};
 * every {@link #step} and a failure leave a PNG under {@code target/browser-screenshots/<test>/}.
 */
final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    /** Generous: two shared cores, and the web apps load a few megabytes of script on first use. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private final String language;
    private ChromeDriverService service;
    private WebDriver driver;
    private Path profile;
    private Path screenshots;
    private String baseUrl;
    private int steps;

    Browser() {
        this("vi");
    }

    Browser(String language) {
        this.language = language;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        screenshots = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName());
        deleteRecursively(screenshots);
        Files.createDirectories(screenshots);
        steps = 0;
        start();
    }

    private void start() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            fail("Chromium and its driver are needed at %s and %s (Debian: apt-get install chromium chromium-driver)",
                    CHROMIUM, CHROMEDRIVER);
        }
        // With the driver named here Selenium Manager has nothing to look up, so it downloads nothing.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        profile = Files.createTempDirectory("browser-test-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = screenshot("failure");
            write(screenshots.resolve(name + ".html"), driver.getPageSource());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
            }
            deleteQuietly(profile);
        }
    }

    /** Saves {@code <nn>-<name>.png}: the state the step has reached. */
    void step(String name) {
        screenshot(name);
    }

    private String screenshot(String name) {
        String file = String.format("%02d-%s", ++steps,
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(screenshots.resolve(file + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebDriver driver() {
        return driver;
    }

    <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
    }

    /** Waits for something outside the page, such as the engine's state after a click. */
    void until(String what, BooleanSupplier condition) {
        new FluentWait<>(condition).withTimeout(WAIT).pollingEvery(Duration.ofMillis(250)).withMessage(what)
                .until(BooleanSupplier::getAsBoolean);
    }

    WebElement visible(By locator) {
        return until("visible: " + locator, ExpectedConditions.visibilityOfElementLocated(locator));
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    void gone(By locator) {
        until("gone: " + locator, ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /**
     * Clicks as a user does, once the element can take the click: scrolled to the middle of the
     * window (the footer and notifications cover the bottom edge), again if the page redrew it.
     */
    void click(By locator) {
        until("clickable: " + locator, d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                if (element == null) {
                    return false;
                }
                scrollToMiddle(element);
                element.click();
                return true;
            } catch (ElementClickInterceptedException e) {
                // Mostly a tooltip of what the mouse rests on: move it aside, as a user would.
                new Actions(d).moveToLocation(0, 0).perform();
                return false;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    void type(By locator, String text) {
        until("typed into " + locator, d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                if (element == null) {
                    return false;
                }
                scrollToMiddle(element);
                element.clear();
                element.sendKeys(text);
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
    }

    void scrollToMiddle(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** An XPath string literal for any text. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chromium may still be writing its profile as it exits; a leftover temporary file does no harm. */
    private static void deleteQuietly(Path root) {
        try {
            deleteRecursively(root);
        } catch (IOException | UncheckedIOException e) {
            root.toFile().deleteOnExit();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
