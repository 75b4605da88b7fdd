package vn.motcua.tasklist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * The specialist's task list in Chromium, with four business-household checks (2 working days
 * each) seen on Thursday 17/12/2026 at 09:30: one received that morning (green), one due in
 * half an hour (amber), one past due (red), and one past due too but waiting for the citizen's
 * supplement since its first morning, whose clock stopped then ("Chờ bổ sung", no claim).
 * Every line shows its state by colour and by a label.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
// its four lines must share the list's first page, which other tests' earlier-due steps would fill
@TestPropertySource(properties = "motcua.test.own-database=PausedTaskBrowserTest")
class PausedTaskBrowserTest {

    static final String BUSINESS_HOUSEHOLD = "1.001612";
    static final LocalDateTime THURSDAY_MORNING = LocalDateTime.of(2026, 12, 17, 9, 30);

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;

    WebDriver page;

    @BeforeEach
    void startBrowser() {
        page = browser.driver();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        signIn.out();
    }

    @Test
    void aTaskWaitingForTheSupplementIsPausedNotOverdueAndEveryLineShowsItsDueState() {
        String overdue = receivedAt(LocalDateTime.of(2026, 12, 14, 8, 0));
        String paused = receivedAt(LocalDateTime.of(2026, 12, 14, 8, 0));
        clock.setFixed(LocalDateTime.of(2026, 12, 14, 10, 0));
        signIn.as("specialist");
        actions.requestSupplement(paused, "Thiếu bản sao CCCD của chủ hộ");
        String nearlyDue = receivedAt(LocalDateTime.of(2026, 12, 15, 10, 0));
        String fresh = receivedAt(LocalDateTime.of(2026, 12, 17, 8, 0));
        clock.setFixed(THURSDAY_MORNING);

        signInAs("specialist");
        open("/tasks");
        browser.await(presenceOfElementLocated(By.id("task-" + fresh)));
        browser.screenshot("tasks-due-states");
        expectLine(fresh, "due-ok", "Trong hạn", "rgb(30, 123, 52)");
        expectLine(nearlyDue, "due-soon", "Sắp đến hạn", "rgb(178, 106, 0)");
        expectLine(overdue, "due-over", "Quá hạn", "rgb(165, 29, 36)");

        WebElement pausedLine = page.findElement(By.id("task-" + paused));
        assertThat(pausedLine.getAttribute("data-urgency")).isEqualTo("PAUSED");
        assertThat(pausedLine.findElement(By.className("urgency-label")).getText()).isEqualTo("Chờ bổ sung");
        String frozen = pausedLine.findElement(By.className("time-left")).getText();
        assertThat(frozen).startsWith("Tạm dừng, còn ");
        assertThat(pausedLine.getText()).doesNotContain("Quá hạn");
        assertThat(page.findElements(By.id("claim-" + paused))).as("nothing to claim while paused").isEmpty();
        assertThat(page.findElements(By.id("claim-" + overdue))).as("a running step can be claimed").hasSize(1);

        clock.setFixed(LocalDateTime.of(2026, 12, 22, 15, 0));
        open("/tasks");
        assertThat(browser.await(presenceOfElementLocated(By.id("task-" + paused)))
                .findElement(By.className("time-left")).getText())
                .as("the time left does not count down while paused").isEqualTo(frozen);

        browser.press(By.id("open-" + paused));
        String explanation = browser.await(presenceOfElementLocated(By.id("waiting-supplement"))).getText();
        assertThat(explanation).contains("chờ công dân bổ sung", "Đồng hồ dừng từ 14/12/2026 10:00",
                frozen.substring("Tạm dừng, còn ".length()), "bộ phận một cửa ghi nhận");
        assertThat(page.findElement(By.id("task-time-left")).getText()).isEqualTo(frozen);
        assertThat(page.findElements(By.id("claim"))).isEmpty();
        browser.screenshot("task-paused");
    }

    private void expectLine(String code, String cssClass, String label, String edgeColour) {
        WebElement line = page.findElement(By.id("task-" + code));
        assertThat(line.getAttribute("class")).contains(cssClass);
        assertThat(line.findElement(By.className("urgency-label")).getText()).as(code).isEqualTo(label);
        assertThat(Color.fromString(line.findElement(By.tagName("td")).getCssValue("border-left-color")).asRgb())
                .as("the line itself is coloured").isEqualTo(edgeColour);
    }

    private String receivedAt(LocalDateTime at) {
        clock.setFixed(at);
        signIn.as("reception");
        return intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD)).code();
    }

    private void signInAs(String username) {
        browser.signInWithForm("http://localhost:" + port, username);
    }

    private void open(String path) {
        page.get("http://localhost:" + port + path);
    }
}
