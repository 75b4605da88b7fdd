package vn.motcua.tasklist.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * The task list in Chromium with more than one page: the second commune's specialist has 52
 * business-household checks and 3 social-allowance checks (on a database of its own, so the
 * totals are exact). The first page shows 50 lines and the total, "next" shows the last 5, and
 * filtering by procedure through the form shows the 3 social-allowance checks on one page.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "motcua.test.own-database=TaskListPagingBrowserTest")
class TaskListPagingBrowserTest {

    static final String BUSINESS_HOUSEHOLD = "1.001612";
    static final String SOCIAL_ALLOWANCE = "1.001776";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired DossierIntake intake;

    @AfterEach
    void resetClock() {
        clock.reset();
        signIn.out();
    }

    @Test
    void theListPagesByFiftyAndTheProcedureFilterCountsItsOwnLines() {
        clock.setFixed(LocalDateTime.of(2026, 12, 16, 9, 30));
        signIn.as("reception2");
        List<String> households = new ArrayList<>();
        IntStream.range(0, 52).forEach(i -> households.add(intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD)).code()));
        List<String> allowances = new ArrayList<>();
        IntStream.range(0, 3).forEach(i -> allowances.add(intake.receive(Applicants.atDesk(SOCIAL_ALLOWANCE)).code()));
        signIn.out();
        clock.setFixed(LocalDateTime.of(2026, 12, 17, 9, 30));

        WebDriver page = browser.signInWithForm("http://localhost:" + port, "specialist2");
        page.get("http://localhost:" + port + "/tasks");
        browser.await(presenceOfElementLocated(By.id("task-list")));
        List<String> first = lineCodes(page);
        assertThat(first).hasSize(50);
        assertThat(count(page)).isEqualTo("1–50 trên tổng số 55");
        assertThat(page.findElements(By.cssSelector(".pager a[rel=prev]"))).isEmpty();
        browser.screenshot("tasks-page-1");

        browser.press(By.cssSelector(".pager a[rel=next]"));
        browser.await(urlContains("page=2"));
        browser.await(presenceOfElementLocated(By.id("task-list")));
        List<String> second = lineCodes(page);
        assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
        assertThat(count(page)).isEqualTo("51–55 trên tổng số 55");
        assertThat(page.findElements(By.cssSelector(".pager a[rel=next]"))).isEmpty();
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).containsAll(households).containsAll(allowances);

        new Select(page.findElement(By.id("filter-procedure"))).selectByValue(SOCIAL_ALLOWANCE);
        browser.press(By.id("apply-filter"));
        browser.await(urlContains("procedure=" + SOCIAL_ALLOWANCE));
        browser.await(presenceOfElementLocated(By.id("task-list")));
        assertThat(lineCodes(page)).containsExactlyInAnyOrderElementsOf(allowances);
        assertThat(count(page)).isEqualTo("1–3 trên tổng số 3");
        assertThat(page.findElements(By.cssSelector(".pager a[rel=next]"))).isEmpty();
        browser.screenshot("tasks-filtered-by-procedure");
    }

    private static List<String> lineCodes(WebDriver page) {
        return page.findElements(By.cssSelector("#task-list tbody tr")).stream()
                .map(line -> line.getAttribute("id").substring("task-".length())).toList();
    }

    private static String count(WebDriver page) {
        WebElement count = page.findElement(By.cssSelector(".pager .pager-count"));
        return count.getText();
    }
}
