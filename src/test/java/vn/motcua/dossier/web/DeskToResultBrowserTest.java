package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;

/**
 * A whole dossier through the staff pages in Chromium, as the demo users do it: reception
 * receives a business-household registration (3 working days) and downloads the slip, the
 * specialist claims and asks for a supplement, reception records it, the specialist approves,
 * the leader signs, reception hands back the result; then the citizen looks the dossier up on
 * the portal and rates the service. Screenshots under target/screenshots/.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeskToResultBrowserTest {

    static final String BUSINESS_HOUSEHOLD = "1.001612";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired ProvinceClock clock;

    WebDriver page;

    @BeforeEach
    void wednesdayMorning() {
        clock.setFixed(LocalDateTime.of(2026, 12, 16, 9, 30));
        page = browser.driver();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDossierGoesFromTheDeskToTheResultHandedBack() {
        signIn("reception");
        open("/desk");
        new Select(page.findElement(By.id("procedureCode"))).selectByValue(BUSINESS_HOUSEHOLD);
        browser.await(presenceOfElementLocated(By.id("document-0"))).click();
        browser.press(By.id("document-1"));
        page.findElement(By.id("fullName")).sendKeys("Lê Thị Hồng");
        page.findElement(By.id("idNumber")).sendKeys("079302012345");
        page.findElement(By.id("phone")).sendKeys("0905123456");
        page.findElement(By.id("address")).sendKeys("Thôn Phước Lộc, xã Phước Vĩnh");
        browser.screenshot("desk-intake");
        browser.press(By.id("receive"));

        String code = browser.await(presenceOfElementLocated(By.id("dossier-code"))).getText();
        assertThat(code).startsWith("XPV-261216-");
        assertThat(page.findElement(By.id("due-at")).getText()).as("3 working days from Wednesday 09:30")
                .isEqualTo("21/12/2026 09:30");
        String slip = page.findElement(By.id("slip-link")).getAttribute("href");
        assertThat(slip).endsWith("/api/dossiers/" + code + "/forms/01.pdf");
        assertThat(pdfText(slip, "reception:demo")).as("the slip handed to the citizen")
                .contains(code, "Lê Thị Hồng", "09 giờ 30 phút, ngày 21/12/2026");
        browser.screenshot("desk-received");

        signIn("specialist");
        open("/tasks");
        browser.filterTasksByDossier(code);
        browser.press(By.id("claim-" + code));
        browser.await(presenceOfElementLocated(By.id("unclaim-" + code)));
        browser.screenshot("tasks-claimed");
        browser.press(By.id("open-" + code));
        page.findElement(By.id("supplement-reason")).sendKeys("Thiếu bản sao CCCD của thành viên hộ gia đình");
        browser.screenshot("task-page");
        browser.press(By.id("request-supplement"));
        browser.await(textToBe(By.id("dossier-status"), "Yêu cầu bổ sung"));
        assertThat(page.findElement(By.id("form-02")).getAttribute("href")).endsWith("/forms/02.pdf");

        signIn("reception");
        open("/desk");
        browser.press(By.id("supplement-received-" + code));
        browser.await(textToBe(By.id("dossier-status"), "Đang xử lý"));

        signIn("specialist");
        decide(code, "approve");

        signIn("leader");
        decide(code, "approve");

        signIn("reception");
        open("/desk");
        browser.screenshot("desk-result-to-return");
        browser.press(By.id("return-result-" + code));
        browser.await(textToBe(By.id("dossier-status"), "Đã trả kết quả"));
        assertThat(page.findElements(By.cssSelector("#dossier-history tr[data-action]")))
                .extracting(row -> row.getAttribute("data-action"))
                .contains("RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED", "RESOLVED", "RESULT_RETURNED");
        assertThat(page.findElement(By.id("control-slip-link")).getAttribute("href"))
                .endsWith("/dossiers/" + code + "/control-slip");
        browser.screenshot("dossier-returned");

        // the citizen, without an account, looks the dossier up and rates the service
        page.manage().deleteAllCookies();
        open("/portal");
        page.findElement(By.id("lookup-code")).sendKeys(code);
        page.findElement(By.id("lookup-id-number")).sendKeys("079302012345");
        browser.press(By.id("lookup-submit"));
        browser.await(textToBe(By.id("lookup-status"), "Đã trả kết quả"));
        browser.screenshot("portal-lookup");
        browser.press(By.id("lookup-rate"));
        browser.await(presenceOfElementLocated(By.id("rating-phone"))).sendKeys("0905123456");
        for (String criterion : new String[] {"time_statute", "time_per_agency", "contacts", "agencies", "one_stop",
                "publicity", "attitude", "feedback", "online_service", "overall"}) {
            browser.press(By.id("rating-" + criterion + "-2"));
        }
        browser.press(By.id("rating-submit"));
        assertThat(browser.await(presenceOfElementLocated(By.id("rating-done"))).getText()).contains(code);
        browser.screenshot("portal-rated");
    }

    /** Downloads a PDF the way a script would (HTTP Basic) and returns its text. */
    private static String pdfText(String url, String credentials) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            credentials.getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(response.body())) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void decide(String code, String outcome) {
        open("/tasks");
        browser.filterTasksByDossier(code);
        browser.press(By.id("open-" + code));
        browser.await(presenceOfElementLocated(By.id("outcome-" + outcome)));
        browser.press(By.id("outcome-" + outcome));
        browser.await(urlContains("/tasks"));
        browser.await(presenceOfElementLocated(By.id("tasks")));
        assertThat(page.findElements(By.id("task-" + code))).as("the step is done").isEmpty();
    }


    private void signIn(String username) {
        browser.signInWithForm("http://localhost:" + port, username);
    }

    private void open(String path) {
        page.get("http://localhost:" + port + path);
    }
}
