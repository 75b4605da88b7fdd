package vn.motcua.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (/usr/bin/chromium, /usr/bin/chromedriver) for
 * browser tests. Register with {@code @RegisterExtension static Browser browser = new Browser();}
 * Without Chromium the tests are skipped loudly, or fail when REQUIRE_BROWSER=true (CI).
 */
public class Browser implements ExecutionCondition, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver driver;
    private Path profile;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        if ("true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
            return ConditionEvaluationResult.enabled("REQUIRE_BROWSER=true: running to fail without Chromium");
        }
        System.err.println("!!! SKIPPED browser test " + context.getDisplayName()
                + ": install chromium and chromium-driver (Debian) or set REQUIRE_BROWSER=true to fail instead");
        return ConditionEvaluationResult.disabled("no Chromium at " + CHROMIUM);
    }

    /** The browser, started on first use with a fresh profile; one per test class. */
    public WebDriver driver() {
        if (driver == null) {
            try {
                profile = Files.createTempDirectory("motcua-chromium");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-quic", "--window-size=1366,900", "--lang=vi-VN",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
        return driver;
    }

    /** Waits (up to 10 s) until the condition holds, e.g. the next page has loaded. */
    public <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver(), Duration.ofSeconds(10)).until(condition);
    }

    /**
     * Signs in through the login form, as a person does, as one of the demo users (password
     * "demo"), starting from no session; returns once the first page after it has loaded.
     */
    public WebDriver signInWithForm(String baseUrl, String username) {
        WebDriver page = driver();
        page.manage().deleteAllCookies();
        page.get(baseUrl + "/login");
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys("demo");
        page.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        await(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return page;
    }

    /**
     * Clicks an element the way a user's click does, also below the fold: headless Chromium
     * reports native clicks near the window's lower edge as intercepted.
     */
    public void press(By element) {
        WebElement target = driver().findElement(element);
        ((JavascriptExecutor) driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", target);
    }

    /** Saves a PNG of the current page under target/screenshots/. */
    /**
     * On the task list the page shows, narrows it to one dossier's steps the way a clerk does (the
     * list holds thousands of steps a page at a time, so another test's steps may fill the first).
     */
    public void filterTasksByDossier(String dossierCode) {
        WebElement field = await(ExpectedConditions.presenceOfElementLocated(By.id("filter-dossier")));
        field.clear();
        field.sendKeys(dossierCode);
        press(By.id("apply-filter"));
        await(ExpectedConditions.presenceOfElementLocated(By.id("task-" + dossierCode)));
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
