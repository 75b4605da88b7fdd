package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * A clerk finds dossiers by a name typed without accents and pages through them, in Chromium:
 * 52 dossiers of "Tôn Nữ Diệu Hiền" are two pages of 50 and 2 (issue 12.1, 12.2).
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DossierSearchBrowserTest {

    static final String NAME = "Tôn Nữ Diệu Hiền";
    static final int DOSSIERS = 52;

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired DossierIntake intake;
    @Autowired SignIn signIn;

    @Test
    void aNameTypedWithoutAccentsFindsTheDossiersAndTheNextPageShowsTheRest() {
        Set<String> received = receivedAtTheDesk();
        WebDriver page = browser.signInWithForm("http://localhost:" + port, "reception");

        page.get("http://localhost:" + port + "/dossiers");
        page.findElement(By.id("q")).sendKeys("ton nu dieu hien");
        browser.press(By.id("search-button"));
        browser.await(urlContains("q=ton+nu+dieu+hien"));

        List<WebElement> firstRows = page.findElements(By.cssSelector("#dossier-list tbody tr"));
        assertThat(firstRows).hasSize(50);
        assertThat(firstRows).allSatisfy(row -> assertThat(row.getText()).contains(NAME));
        assertThat(page.findElement(By.className("pager-count")).getText()).isEqualTo("1–50 trên tổng số 52");
        Set<String> seen = codes(page);
        browser.screenshot("dossier-search-first-page");

        browser.press(By.cssSelector(".pager a[rel=next]"));
        browser.await(textToBePresentInElementLocated(By.className("pager-count"), "51–52 trên tổng số 52"));
        assertThat(page.getCurrentUrl()).contains("q=ton+nu+dieu+hien", "page=2");
        assertThat(page.findElements(By.cssSelector(".pager a[rel=next]"))).as("the last page").isEmpty();
        seen.addAll(codes(page));
        assertThat(seen).as("every dossier once, over the two pages").isEqualTo(received);
        assertThat(page.findElement(By.id("q")).getAttribute("value")).isEqualTo("ton nu dieu hien");
        browser.screenshot("dossier-search-second-page");
    }

    private Set<String> receivedAtTheDesk() {
        signIn.as("reception");
        try {
            Applicant applicant = new Applicant(NAME, "079301077777", "0909777666", null, "Thôn 2, xã Phước Vĩnh");
            return IntStream.range(0, DOSSIERS)
                    .mapToObj(i -> intake.receive(new IntakeRequest("1.001612", Channel.DESK, applicant, null)).code())
                    .collect(Collectors.toSet());
        } finally {
            signIn.out();
        }
    }

    private static Set<String> codes(WebDriver page) {
        return page.findElements(By.cssSelector("#dossier-list tbody tr td:first-child a")).stream()
                .map(WebElement::getText).collect(Collectors.toSet());
    }
}
