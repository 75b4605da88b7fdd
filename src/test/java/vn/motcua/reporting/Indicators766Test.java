package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.document.Upload;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.portal.OnlineSubmissions;
import vn.motcua.portal.SatisfactionCriterion;
import vn.motcua.portal.SatisfactionRatings;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * Decision 766's digitisation and satisfaction indicators computed from what the portal
 * collects (uploaded files, citizens' ratings), each shown on the page with its formula.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Indicators766Test {

    static final String BIRTH_REGISTRATION = "1.001193";
    /** Tuesday 3 August 2027: a month no other test class uses (they share one database). */
    static final LocalDate TUESDAY = LocalDate.of(2027, 8, 3);
    static final String FROM = "2027-08-01";
    static final String TO = "2027-08-31";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired Indicators766 indicators;
    @Autowired SlaParameters parameters;
    @Autowired MockMvc http;
    @Autowired UserDetailsService users;
    @Autowired ProvinceClock clock;

    /**
     * In August: three dossiers filed online with their files, two of them accepted at the desk,
     * and two received at the desk on paper, so 2 of 4 received dossiers are digitised (the third
     * online one is not received yet); the two paper ones are returned and rated, one with every
     * criterion at 2 (18 points), one with every criterion at 1 (9).
     */
    @BeforeAll
    void august(@Autowired OnlineSubmissions online, @Autowired DossierIntake intake, @Autowired DossierActions actions,
                @Autowired ClerkTasks tasks, @Autowired SatisfactionRatings ratings, @Autowired SignIn signIn) {
        clock.setFixed(TUESDAY.atTime(8, 0));
        List<String> submitted = new java.util.ArrayList<>();
        for (String file : List.of("to-khai-1.pdf", "to-khai-2.pdf", "to-khai-3.pdf")) {
            submitted.add(online.submit(new IntakeRequest(BIRTH_REGISTRATION, Channel.ONLINE,
                    Applicants.NGUYEN_VAN_AN, "XPV"), List.of(new Upload(1, file, PDF))).code());
        }
        signIn.as("reception");
        actions.acceptOnline(submitted.get(0));
        actions.acceptOnline(submitted.get(1));
        for (int points : new int[] {2, 1}) {
            clock.setFixed(TUESDAY.atTime(9, 0));
            signIn.as("reception");
            String code = intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code();
            signIn.as("specialist");
            tasks.complete(tasks.openTasksOf(code).get(0).id(), "approve", "Hồ sơ hợp lệ");
            signIn.as("leader");
            tasks.complete(tasks.openTasksOf(code).get(0).id(), "approve", null);
            signIn.as("reception");
            actions.returnResult(code, "Công dân đã nhận Giấy khai sinh");
            signIn.out();
            clock.setFixed(TUESDAY.plusDays(1).atTime(10, 0));
            ratings.rate(code, Applicants.NGUYEN_VAN_AN.phone(), scores(points), null);
        }
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void digitisedDossiersAndSatisfactionAreComputedFromTheCollectedData() {
        List<Indicators766.Indicator> august = indicators.of(parameters.query(FROM, TO, null, null, null, null));

        assertThat(find(august, "dossiersDigitised")).as("2 of 4 received dossiers came with their files; the third online one is not received yet")
                .isEqualTo(new Indicators766.Indicator("digitisation", "dossiersDigitised", true, 2L, 4L,
                        new BigDecimal("50.00")));
        assertThat(find(august, "satisfaction")).as("18 + 9 points of 2 × 18")
                .isEqualTo(new Indicators766.Indicator("satisfaction", "satisfaction", true, 27L, 36L,
                        new BigDecimal("75.00")));

        List<Indicators766.Indicator> july = indicators.of(parameters.query("2027-07-01", "2027-07-31", null, null,
                null, null));
        assertThat(find(july, "satisfaction").numerator()).as("no rating in July").isZero();
        assertThat(find(july, "satisfaction").percent()).isNull();
    }

    @Test
    void thePageShowsEachFigureBesideItsFormulaInVietnameseAndEnglish() throws Exception {
        String vi = page("vi");
        assertThat(row(vi, "dossiersDigitised")).contains("2 / 4", "50.00",
                "hồ sơ tiếp nhận trong kỳ có thành phần hồ sơ điện tử lưu trong hệ thống / hồ sơ tiếp nhận trong kỳ "
                        + "× 100");
        assertThat(row(vi, "satisfaction")).contains("27 / 36", "75.00",
                "tổng điểm 9 tiêu chí (mỗi tiêu chí 0–2 điểm) của các phiếu đánh giá trong kỳ / (18 điểm × số phiếu)"
                        + " × 100").doesNotContain("Hệ thống này không đo");

        String en = page("en");
        assertThat(row(en, "dossiersDigitised")).contains("2 / 4", "50.00", "dossiers received in the period whose "
                + "documents are stored electronically in this system / dossiers received in the period × 100");
        assertThat(row(en, "satisfaction")).contains("27 / 36", "75.00",
                "points on the nine criteria (0–2 each) of the ratings given in the period / (18 points × ratings)");
    }

    private String page(String language) throws Exception {
        return http.perform(get("/reports/indicators").param("from", FROM).param("to", TO).param("lang", language)
                        .with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The page's table row of one indicator (rows carry data-indicator). */
    private static String row(String page, String key) {
        int start = page.indexOf("data-indicator=\"" + key + "\"");
        assertThat(start).as("row of %s", key).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static Indicators766.Indicator find(List<Indicators766.Indicator> all, String key) {
        return all.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static Map<SatisfactionCriterion, String> scores(int points) {
        Map<SatisfactionCriterion, String> scores = new EnumMap<>(SatisfactionCriterion.class);
        for (SatisfactionCriterion criterion : SatisfactionCriterion.values()) {
            scores.put(criterion, String.valueOf(points));
        }
        return scores;
    }
}
