package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** The auditor's report pages in Chromium: figures, charts drawn, a drill-down followed; screenshots for the guide. */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "motcua.test.scenario=sla-march-2027-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;

    @BeforeAll
    void march2027(@Autowired DossierIntake intake, @Autowired DossierActions actions, @Autowired ClerkTasks tasks) {
        SlaScenario.build(new Clerks(intake, actions, tasks, clock, signIn));
        signIn.out();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAuditorReadsTheReportAndFollowsAFigureToItsDossiers() {
        WebDriver page = browser.signInWithForm("http://localhost:" + port, "auditor");

        page.get("http://localhost:" + port + "/reports?from=2027-03-01&to=2027-03-31&groupBy=channel");
        String rate = page.findElement(By.cssSelector("tr[data-group=TOTAL] td[data-figure=onTimeRate]")).getText();
        assertThat(rate).isEqualTo("77.78");
        Object drawn = ((JavascriptExecutor) page).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart('chart-groups') !== undefined"
                        + " && Chart.getChart('chart-trend') !== undefined");
        assertThat(drawn).as("both charts drawn by chart.js").isEqualTo(true);
        browser.screenshot("report-sla");

        page.findElement(By.cssSelector("tr[data-group=TOTAL] td[data-figure=onTime] a")).click();
        browser.await(textToBe(By.id("dossier-count"), "Số hồ sơ: 4"));
        assertThat(page.findElements(By.cssSelector("#dossier-list tbody tr"))).hasSize(4);
        browser.screenshot("report-sla-drilldown");

        page.get("http://localhost:" + port + "/reports/reduction?procedure=1.001612");
        assertThat(page.findElement(By.id("statutory-reduction")).getText()).contains("40.00 %");
        browser.screenshot("report-reduction");

        page.get("http://localhost:" + port + "/reports/indicators?from=2027-03-01&to=2027-03-31");
        assertThat(page.findElement(By.cssSelector("tr[data-indicator=onTime]")).getText()).contains("77.78");
        browser.screenshot("report-indicators");
    }
}
