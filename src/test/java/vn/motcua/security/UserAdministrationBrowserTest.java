package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;

/**
 * An administrator and a clerk, each in a browser of their own: the administrator creates the
 * clerk's account from the menu, the clerk signs in and sees her task list; the administrator
 * disables her and her very next request lands on the login page, where she cannot sign in;
 * enabled again with a new password, the new one works and the old one does not. And the
 * agency tree grows from its own page.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UserAdministrationBrowserTest {

    @RegisterExtension
    static Browser administrator = new Browser();
    @RegisterExtension
    static Browser clerk = new Browser();

    @LocalServerPort int port;

    @Test
    void aClerkCreatedByTheAdministratorWorksUntilDisabledAndOnlyHerNewPasswordOpensTheDoorAgain() {
        signIn(administrator, "admin", "demo", "Quản trị hệ thống");
        WebDriver admin = administrator.driver();
        administrator.press(By.linkText("Tài khoản"));
        administrator.await(textToBe(By.tagName("h1"), "Tài khoản cán bộ"));
        admin.findElement(By.id("username")).sendKeys("hoang.yen");
        admin.findElement(By.id("fullName")).sendKeys("Hoàng Thị Yến");
        new Select(admin.findElement(By.id("agencyCode"))).selectByValue("XPV");
        administrator.press(By.id("role-SPECIALIST"));
        admin.findElement(By.id("password")).sendKeys("yen-first-password");
        administrator.press(By.id("create-account"));
        administrator.await(textToBePresentInElementLocated(By.id("done"), "Đã tạo tài khoản hoang.yen"));
        administrator.screenshot("account-created");

        signIn(clerk, "hoang.yen", "yen-first-password", "Hoàng Thị Yến");
        clerk.driver().get(url("/tasks"));
        clerk.await(textToBe(By.tagName("h1"), "Công việc của tôi"));

        administrator.press(By.id("disable"));
        administrator.await(textToBePresentInElementLocated(By.id("done"), "Đã vô hiệu hóa tài khoản hoang.yen"));
        assertThat(admin.findElement(By.id("state")).getText()).isEqualTo("Đã vô hiệu hóa");

        clerk.driver().navigate().refresh();
        clerk.await(urlContains("/login"));
        assertThat(signInRefused(clerk, "hoang.yen", "yen-first-password")).contains("Sai tên đăng nhập");

        administrator.press(By.id("enable"));
        administrator.await(textToBePresentInElementLocated(By.id("done"), "Đã kích hoạt lại tài khoản hoang.yen"));
        admin.findElement(By.id("password")).sendKeys("yen-second-password");
        administrator.press(By.id("reset-password"));
        administrator.await(textToBePresentInElementLocated(By.id("done"), "Đã đặt mật khẩu mới cho hoang.yen"));
        assertThat(admin.getPageSource()).doesNotContain("yen-second-password");

        assertThat(signInRefused(clerk, "hoang.yen", "yen-first-password")).contains("Sai tên đăng nhập");
        submitLogin(clerk, "hoang.yen", "yen-second-password");
        // back on the page she was sent away from
        clerk.await(textToBe(By.tagName("h1"), "Công việc của tôi"));

        // the audit trail names each action in words
        admin.get(url("/audit?user=admin"));
        String trail = admin.findElement(By.tagName("table")).getText();
        assertThat(trail).contains("Tạo tài khoản", "Vô hiệu hóa tài khoản «hoang.yen»",
                "Kích hoạt lại tài khoản «hoang.yen»", "Đặt lại mật khẩu của tài khoản «hoang.yen»")
                .doesNotContain("yen-first-password", "yen-second-password");
    }

    @Test
    void anAdministratorAddsACommuneToTheTreeFromTheMenu() {
        signIn(administrator, "admin", "demo", "Quản trị hệ thống");
        WebDriver admin = administrator.driver();
        administrator.press(By.linkText("Cơ quan"));
        administrator.await(textToBe(By.tagName("h1"), "Cơ quan, đơn vị"));
        admin.findElement(By.id("code")).sendKeys("XTM");
        new Select(admin.findElement(By.id("parentCode"))).selectByValue("TINH");
        new Select(admin.findElement(By.id("kind"))).selectByValue("COMMUNE");
        admin.findElement(By.id("nameVi")).sendKeys("Ủy ban nhân dân xã Tân Mỹ");
        administrator.press(By.id("add-agency"));
        administrator.await(textToBePresentInElementLocated(By.id("done"), "Đã thêm cơ quan XTM"));
        assertThat(admin.findElement(By.cssSelector("tr[data-code=XTM]")).getText())
                .contains("Ủy ban nhân dân xã Tân Mỹ", "XTM", "Xã, phường");
        administrator.screenshot("agency-added");
    }

    private void signIn(Browser browser, String username, String password, String fullName) {
        submitLogin(browser, username, password);
        browser.await(textToBe(By.tagName("h1"), "Xin chào " + fullName));
    }

    private String signInRefused(Browser browser, String username, String password) {
        submitLogin(browser, username, password);
        browser.await(urlContains("/login?error"));
        return browser.driver().findElement(By.cssSelector("[role=alert]")).getText();
    }

    private void submitLogin(Browser browser, String username, String password) {
        WebDriver page = browser.driver();
        page.get(url("/login"));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(password);
        // the login form's own button: a browser still signed in also shows the menu's "log out"
        page.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
