package vn.motcua.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * In Chromium: the leader signs the result by approving the last step on the task page; the
 * citizen scans the result's QR code (decoded from the signed PDF) and opens the address it
 * carries: the public page says the document is valid, without naming anyone.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignedResultBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired DossierIntake intake;
    @Autowired ClerkTasks tasks;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theLeaderSignsAndTheCitizenWhoScansTheCodeSeesValid() throws Exception {
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk("1.001193")).code();
        signIn.as("specialist");
        tasks.complete(tasks.openTasksOf(code).get(0).id(), "approve", null);
        signIn.out();

        WebDriver page = browser.signInWithForm("http://localhost:" + port, "leader");
        page.get("http://localhost:" + port + "/tasks");
        browser.filterTasksByDossier(code);
        browser.press(By.id("open-" + code));
        browser.await(presenceOfElementLocated(By.id("outcome-approve")));
        browser.screenshot("leader-signs-result");
        browser.press(By.id("outcome-approve"));
        browser.await(urlContains("/tasks"));
        browser.await(presenceOfElementLocated(By.id("tasks")));

        byte[] result = jdbc.sql("SELECT content FROM issued_document WHERE dossier_code = ? AND kind = 'KQ'")
                .param(code).query(byte[].class).single();
        List<String> scanned = QrReader.linesOf(result, "result");
        URI address = URI.create(scanned.get(0));

        page.manage().deleteAllCookies();
        page.get("http://localhost:" + port + address.getPath());
        assertThat(browser.await(visibilityOfElementLocated(By.id("verify-verdict"))).getText())
                .isEqualTo("Văn bản hợp lệ: chữ ký số đúng và bản lưu trữ nguyên vẹn.");
        assertThat(page.findElement(By.id("verify-dossier")).getText()).isEqualTo(code);
        assertThat(page.findElement(By.id("verify-kind")).getText()).isEqualTo("Thông báo kết quả giải quyết hồ sơ");
        assertThat(page.findElement(By.id("verify-signature")).getText()).startsWith("Hợp lệ, ký lúc");
        assertThat(page.findElement(By.tagName("main")).getText())
                .doesNotContain("Lê Hoàng Nam", Applicants.NGUYEN_VAN_AN.fullName(),
                        Applicants.NGUYEN_VAN_AN.idNumber());
        browser.screenshot("citizen-verifies-result");
    }
}
