package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;

/**
 * The citizen's leg of the walkthrough in Chromium: look up a returned dossier by code and ID
 * number, then rate it. Uses only the pages' stable ids, so the desk/task walkthrough can chain it.
 * Also: the online form refuses an oversized file before anything is sent.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CitizenPortalBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired FinishedDossiers finished;
    @Autowired JdbcClient jdbc;

    @Test
    void aCitizenLooksUpHerReturnedDossierAndRatesIt() {
        String code = finished.returned();
        WebDriver page = browser.driver();

        page.get("http://localhost:" + port + "/portal");
        page.findElement(By.id("lookup-code")).sendKeys(code);
        page.findElement(By.id("lookup-id-number")).sendKeys(Applicants.NGUYEN_VAN_AN.idNumber());
        browser.press(By.id("lookup-submit"));
        assertThat(browser.await(visibilityOfElementLocated(By.id("lookup-status"))).getText())
                .isEqualTo("Đã trả kết quả");
        assertThat(page.findElement(By.id("lookup-events")).getText()).contains("Tiếp nhận hồ sơ", "Trả kết quả");
        browser.screenshot("portal-lookup-returned");

        browser.press(By.id("lookup-rate"));
        assertThat(browser.await(visibilityOfElementLocated(By.id("rating-code"))).getAttribute("value"))
                .isEqualTo(code);
        page.findElement(By.id("rating-phone")).sendKeys(Applicants.NGUYEN_VAN_AN.phone());
        for (SatisfactionCriterion criterion : SatisfactionCriterion.values()) {
            browser.press(By.id("rating-" + criterion.column() + "-2"));
        }
        browser.press(By.id("rating-attitude-1"));
        page.findElement(By.id("rating-comment")).sendKeys("Cán bộ hướng dẫn tận tình");
        browser.screenshot("portal-rating-form");
        browser.press(By.id("rating-submit"));
        assertThat(browser.await(visibilityOfElementLocated(By.id("rating-done"))).getText()).contains(code);
        browser.screenshot("portal-rating-done");

        assertThat(jdbc.sql("SELECT attitude, overall, comment FROM satisfaction_rating WHERE dossier_code = ?")
                .param(code).query((rs, row) -> rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getString(3)).single())
                .isEqualTo("1/2/Cán bộ hướng dẫn tận tình");
    }

    @Test
    void theOnlineFormRefusesAFileOverTheLimitAsSoonAsItIsChosen(@TempDir Path folder) throws IOException {
        Path scan = folder.resolve("giay-chung-sinh.pdf");
        Files.write(scan, Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 11 * 1024 * 1024));
        WebDriver page = browser.driver();
        page.get("http://localhost:" + port + "/portal/submit/1.001193");

        WebElement file = page.findElement(By.id("submit-document-1"));
        file.sendKeys(scan.toString());

        assertThat(file.getDomProperty("validationMessage")).contains("10 MB");
        browser.screenshot("portal-file-too-large");
    }
}
