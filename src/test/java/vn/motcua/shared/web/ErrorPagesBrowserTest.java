package vn.motcua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;

/**
 * What a clerk's browser shows for an unknown address, a page of another role (the auditors'
 * trail, Camunda's Cockpit) and a request the page does not take: the app's own page, in
 * Vietnamese (English on request), in the staff pages' frame, never Tomcat's or Spring's.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;

    @Test
    void aClerkMeetsTheAppsOwnPagesForUnknownForbiddenAndRefusedRequests() {
        WebDriver page = browser.driver();
        page.get(url("/login"));
        assertThat(page.findElement(By.cssSelector("nav .navbar-brand")).getText())
                .as("the login page is in the staff pages' frame").isEqualTo("Một Cửa");
        page.findElement(By.id("username")).sendKeys("reception");
        page.findElement(By.id("password")).sendKeys("demo");
        page.findElement(By.cssSelector("main button[type=submit]")).click();
        browser.await(presenceOfElementLocated(By.cssSelector("form[action$='/logout']")));

        page.get(url("/khong-co-trang-nay"));
        assertOwnPage(page, "Không tìm thấy trang");

        page.get(url("/audit"));
        assertOwnPage(page, "Bạn không có quyền mở trang này");

        page.get(url("/camunda/app/cockpit/default/"));
        assertOwnPage(page, "Bạn không có quyền mở trang này");

        // a POST where the address only shows a page: 405, as a form of an old page would meet it
        ((JavascriptExecutor) page).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = '/dossiers';
                const token = document.createElement('input');
                token.type = 'hidden';
                token.name = '_csrf';
                token.value = document.querySelector('meta[name=_csrf]').content;
                form.appendChild(token);
                document.body.appendChild(form);
                form.submit();""");
        browser.await(textToBe(By.cssSelector("#page-error h1"), "Không thực hiện được yêu cầu"));
        assertOwnPage(page, "Không thực hiện được yêu cầu");

        page.get(url("/khong-co-trang-nay?lang=en"));
        assertOwnPage(page, "Page not found");
        browser.screenshot("error-404-en");
    }

    private static void assertOwnPage(WebDriver page, String heading) {
        assertThat(page.findElement(By.cssSelector("#page-error h1")).getText()).isEqualTo(heading);
        assertThat(page.findElement(By.cssSelector("nav .navbar-brand")).getText()).isEqualTo("Một Cửa");
        assertThat(page.getPageSource()).doesNotContain("Apache Tomcat", "Whitelabel", "Exception", "HTTP Status",
                "Forbidden", "Not Found");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
