package vn.motcua.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * Every document the desk and the leader issue (forms 01–07 and the result) carries, in its
 * upper-left corner, a QR code that a reader (ZXing here) decodes to the Circular 01/2023 data set
 * with the applicant's ID masked, and to a verification address that answers for that document.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedFormsQrTest {

    static final String BIRTH_REGISTRATION = "1.001193";
    static final String BUSINESS_HOUSEHOLD = "1.001612";
    /** Thursday 10 June 2027, a working day no other test class uses. */
    static final LocalDate THURSDAY = LocalDate.of(2027, 6, 10);
    static final String MASKED_ID = "079*******45";

    @Autowired MockMvc http;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;

    String resolved;
    String refused;
    String stopped;

    /** A birth registration through supplement, apology and approval; a refused one; a stopped one. */
    @BeforeAll
    void dossiers(@Autowired DossierIntake intake, @Autowired DossierActions actions, @Autowired ClerkTasks tasks) {
        resolved = act("reception", 8, 0, () -> intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code());
        act("specialist", 8, 30, () -> {
            tasks.claim(tasks.openTasksOf(resolved).get(0).id());
            return actions.requestSupplement(resolved, "Thiếu bản sao Giấy chứng sinh");
        });
        act("reception", 9, 0, () -> actions.receiveSupplement(resolved, "Đã nộp bản sao Giấy chứng sinh"));
        act("reception", 9, 30, () -> actions.reschedule(resolved, THURSDAY.plusDays(7).atTime(16, 0),
                "Chờ xác minh nơi sinh"));
        for (String user : List.of("specialist", "leader")) {
            act(user, user.equals("leader") ? 11 : 10, 0, () -> {
                tasks.complete(tasks.openTasksOf(resolved).get(0).id(), "approve", null);
                return null;
            });
        }
        refused = act("reception", 13, 0, () -> intake.receive(Applicants.atDesk(BIRTH_REGISTRATION)).code());
        act("reception", 13, 10, () -> actions.refuse(refused, "Không thuộc thẩm quyền của xã"));
        stopped = act("reception", 14, 0, () -> intake.receive(Applicants.atDesk(BUSINESS_HOUSEHOLD)).code());
        act("reception", 14, 10, () -> actions.stop(stopped, "Người yêu cầu đề nghị dừng"));
        signIn.out();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyFormOfTheDesksAndTheResultCarryTheDataSetAndAVerificationAddressThatAnswers() throws Exception {
        Map<String, String> dossierOf = Map.of("01", resolved, "02", resolved, "03", refused, "04", resolved,
                "05", stopped, "06", resolved, "KQ", resolved);
        for (Map.Entry<String, String> form : dossierOf.entrySet()) {
            String code = form.getValue();
            List<String> lines = qrLines(get("/api/dossiers/{code}/forms/{n}.pdf", code, form.getKey()),
                    "form " + form.getKey());
            assertThat(lines).as("form %s", form.getKey()).contains("MaHoSo: " + code,
                    "SoGiayToChuHoSo: " + MASKED_ID, "HeThong: Hệ thống thông tin giải quyết thủ tục hành chính")
                    .anyMatch(line -> line.startsWith("MaTTHC: 1.00"))
                    .anyMatch(line -> line.matches("ThoiGian: 2027061\\d{7}"))
                    .anyMatch(line -> line.startsWith("TenGiayTo: "))
                    .noneMatch(line -> line.contains(Applicants.NGUYEN_VAN_AN.idNumber()));
            assertThat(lines.stream().anyMatch(line -> line.startsWith("NgayHenTra: ")))
                    .as("form %s: the appointment date on the receipt only", form.getKey())
                    .isEqualTo(form.getKey().equals("01"));
            assertAnswers(lines, code);
        }
    }

    @Test
    void theReceiptsCodeCarriesItsAppointmentAndTheLogbooksCodeCarriesNoDossier() throws Exception {
        List<String> receipt = qrLines(get("/api/dossiers/{code}/forms/01.pdf", resolved), "form 01");
        assertThat(receipt).contains("TenGiayTo: Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "MaTTHC: 1.001193")
                .anyMatch(line -> line.matches("NgayHenTra: 20270610\\d{6}"));

        List<String> logbook = qrLines(get("/api/logbook").param("agency", "XPV")
                .param("from", THURSDAY.toString()).param("to", THURSDAY.toString()).param("format", "pdf"),
                "form 07");
        assertThat(logbook).contains("TenGiayTo: Sổ theo dõi hồ sơ")
                .noneMatch(line -> line.startsWith("MaHoSo") || line.startsWith("SoGiayToChuHoSo"));
        assertAnswers(logbook, null);
    }

    /** The first line is the verification address; the page and the API answer for that document. */
    private void assertAnswers(List<String> lines, String dossierCode) throws Exception {
        URI address = URI.create(lines.get(0));
        assertThat(address.toString()).matches("http://localhost:8080/portal/verify/[0-9a-f-]{36}");
        String id = address.getPath().substring("/portal/verify/".length());
        String page = http.perform(get(address.getPath())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String name = lines.stream().filter(line -> line.startsWith("TenGiayTo: ")).findFirst().orElseThrow()
                .substring("TenGiayTo: ".length());
        assertThat(page).contains("Văn bản hợp lệ", name);
        http.perform(get("/api/public/documents/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true)).andExpect(jsonPath("$.documentName").value(name))
                .andExpect(dossierCode == null ? jsonPath("$.dossierCode").doesNotExist()
                        : jsonPath("$.dossierCode").value(dossierCode));
    }

    private List<String> qrLines(MockHttpServletRequestBuilder request, String what) throws Exception {
        return QrReader.linesOf(http.perform(request.with(httpBasic("auditor", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), what);
    }

    private String act(String user, int hour, int minute, Supplier<Object> action) {
        clock.setFixed(LocalDateTime.of(THURSDAY, java.time.LocalTime.of(hour, minute)));
        signIn.as(user);
        Object result = action.get();
        return result instanceof String code ? code : null;
    }
}
