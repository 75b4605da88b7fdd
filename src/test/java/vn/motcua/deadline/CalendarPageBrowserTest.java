package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;

/**
 * The administrator's calendar page in Chromium: a holiday with its lunar date, an override
 * added with its legal basis, and the page's due-date check moving with it; a clerk is refused.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CalendarPageBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;

    @Test
    void anAdministratorAddsADayOffAndTheDueDateMoves() {
        WebDriver page = signedInAs("admin");
        page.get(url("/admin/calendar?year=2027"));
        WebElement hungKings = page.findElement(By.xpath(
                "//table[@id='calendar-days']//tr[td[contains(., 'Giỗ Tổ Hùng Vương')]]"));
        assertThat(hungKings.findElement(By.cssSelector(".lunar-date")).getText()).isEqualTo("10/3 âm lịch");

        // Thursday 16 December 2027, 09:30 + 1 working day: Friday 17, 09:30
        checkDueDate(page, "2027-12-16T09:30", "1");
        assertThat(page.findElement(By.id("due-at")).getAttribute("data-due-at")).isEqualTo("2027-12-17T09:30");

        setValue(page, "date", "2027-12-17");
        new Select(page.findElement(By.id("kind"))).selectByValue("DAY_OFF");
        page.findElement(By.id("nameVi")).sendKeys("Nghỉ hoán đổi cuối năm");
        page.findElement(By.id("nameEn")).sendKeys("Swapped year-end day off");
        page.findElement(By.id("legalBasis")).sendKeys("Thông báo 999/TB-BNV");
        browser.press(By.id("override-save"));
        browser.await(presenceOfElementLocated(By.id("calendar-saved")));
        WebElement added = page.findElement(By.cssSelector("#calendar-days tr[data-date='2027-12-17']"));
        assertThat(added.getText()).contains("Nghỉ hoán đổi cuối năm", "Thông báo 999/TB-BNV", "Ngày nghỉ thêm");
        browser.screenshot("admin-calendar");

        // the Friday is now off: the day's work is due on Monday 20, 09:30
        checkDueDate(page, "2027-12-16T09:30", "1");
        assertThat(page.findElement(By.id("due-at")).getAttribute("data-due-at")).isEqualTo("2027-12-20T09:30");
    }

    @Test
    void aClerkIsRefusedThePage() {
        WebDriver page = signedInAs("reception");
        Object status = ((JavascriptExecutor) page).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/admin/calendar?year=2027').then(r => done(r.status));");
        assertThat(status).isEqualTo(403L);
        page.get(url("/admin/calendar?year=2027"));
        assertThat(page.findElements(By.id("calendar-days"))).isEmpty();
    }

    private WebDriver signedInAs(String username) {
        return browser.signInWithForm(url(""), username);
    }

    private void checkDueDate(WebDriver page, String receivedAt, String workingDays) {
        setValue(page, "receivedAt", receivedAt);
        WebElement days = page.findElement(By.id("workingDays"));
        days.clear();
        days.sendKeys(workingDays);
        WebElement before = page.findElement(By.id("due-form"));
        browser.press(By.id("due-check"));
        browser.await(stalenessOf(before));
        browser.await(presenceOfElementLocated(By.id("due-at")));
    }

    /** Date inputs take their value by script: typing into them depends on the browser's locale. */
    private static void setValue(WebDriver page, String id, String value) {
        ((JavascriptExecutor) page).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
