package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;

/** Signing in through the real login page in Chromium, in Vietnamese and in English. */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LoginBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;

    @Test
    void aClerkSignsInAndSeesHerNameAndAgency() {
        WebDriver page = browser.driver();
        page.get("http://localhost:" + port + "/");
        assertThat(page.getCurrentUrl()).endsWith("/login");
        assertThat(page.findElement(By.tagName("h1")).getText()).contains("Một Cửa");
        page.findElement(By.id("username")).sendKeys("reception");
        page.findElement(By.id("password")).sendKeys("wrong");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.await(visibilityOfElementLocated(By.cssSelector("[role=alert]"))).getText())
                .contains("Sai tên đăng nhập");

        page.findElement(By.id("username")).sendKeys("reception");
        page.findElement(By.id("password")).sendKeys("demo");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        browser.await(textToBe(By.tagName("h1"), "Xin chào Nguyễn Thị Lan"));
        browser.screenshot("home-vi");

        page.get("http://localhost:" + port + "/?lang=en");
        browser.await(textToBe(By.tagName("h1"), "Hello Nguyễn Thị Lan"));
        page.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        browser.await(urlContains("/login?logout"));
    }
}
