package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** The logbook (form 07) as PDF, XLSX and page, per agency and period; the control slip page (06). */
@DatabaseTest
@AutoConfigureMockMvc
class LogbookAndControlSlipTest {

    static final String BIRTH_REGISTRATION = "1.001193";
    /**
     * Wednesday 10 March 2027, a working day no other test class uses: test classes with the same
     * configuration share one application context, hence one database.
     */
    static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 10);
    static final Applicant TRAN_THI_BICH = new Applicant("Trần Thị Bích", "079301012345", "0987654321", null,
            "Khu phố 2, phường Thuận Hòa");

    @Autowired MockMvc http;
    @Autowired DossierIntake intake;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired UserDetailsService users;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theLogbookListsAnAgencysDossiersOfThePeriodAsSpreadsheetAndPdf() throws Exception {
        String first = receive("reception", Applicants.atDesk(BIRTH_REGISTRATION), WEDNESDAY.atTime(8, 0));
        String second = receive("reception", Applicants.atDesk(BIRTH_REGISTRATION), WEDNESDAY.atTime(9, 0));
        receive("reception", Applicants.atDesk(BIRTH_REGISTRATION), WEDNESDAY.plusDays(1).atTime(9, 0));
        String otherAgency = receive("reception2",
                new IntakeRequest(BIRTH_REGISTRATION, Channel.DESK, TRAN_THI_BICH, null), WEDNESDAY.atTime(9, 0));

        byte[] xlsx = http.perform(logbook("reception", "XPV", "2027-03-10", "2027-03-10", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
            assertThat(sheet.getLastRowNum()).as("two dossiers of XPV on 10 March").isEqualTo(2);
            List<String> codes = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    codes.add(row.getCell(1).getStringCellValue());
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Nguyễn Văn An");
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Đăng ký khai sinh");
                }
            }
            assertThat(codes).containsExactly(first, second);
            assertThat(sheet.getRow(1).getCell(6).getLocalDateTimeCellValue())
                    .isEqualTo(WEDNESDAY.atTime(8, 0));
        }

        byte[] pdf = http.perform(logbook("auditor", "XPV", "2027-03-01", "2027-03-31", "pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(OfficialFormsTest.text(pdf)).contains("SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/03/2027 đến ngày 31/03/2027",
                first, second, "Nguyễn Văn An").doesNotContain(otherAgency);
    }

    @Test
    void aClerkSeesOnlyHerOwnAgencysLogbookAndBadParametersNameTheirField() throws Exception {
        http.perform(logbook("reception", "PTH", "2026-12-01", "2026-12-31", "pdf"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.field").value("agency"));
        http.perform(logbook("auditor", "PTH", "2026-12-01", "2026-12-31", "xlsx")).andExpect(status().isOk());
        http.perform(logbook("reception", "XPV", "2026-13-01", "2026-12-31", "pdf"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
        http.perform(logbook("reception", "XPV", "2026-12-31", "2026-12-01", "pdf"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
        http.perform(logbook("reception", "XPV", "2025-01-01", "2026-12-31", "pdf"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
        http.perform(logbook("auditor", "NOPE", "2026-12-01", "2026-12-31", "pdf"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("agency"));
        http.perform(logbook("reception", "XPV", "2026-12-01", "2026-12-31", "csv"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("format"));
        http.perform(logbook("analyst", "XPV", "2026-12-01", "2026-12-31", "pdf")).andExpect(status().isForbidden());
    }

    @Test
    void theLogbookPageShowsTheTableAndRepeatsTheFormWithTheFieldsMessage() throws Exception {
        String code = receive("reception", Applicants.atDesk(BIRTH_REGISTRATION), WEDNESDAY.plusDays(2).atTime(9, 0));
        String page = http.perform(get("/logbook").param("agency", "XPV").param("from", "2027-03-12")
                        .param("to", "2027-03-12").with(user(users.loadUserByUsername("reception"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sổ theo dõi hồ sơ", code, "Nguyễn Văn An", "format=xlsx");

        String refused = http.perform(get("/logbook").param("agency", "XPV").param("from", "<script>alert(1)</script>")
                        .param("to", "2027-03-12").with(user(users.loadUserByUsername("reception"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"logbook-error\"", "data-field=\"from\"")
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");

        http.perform(get("/logbook").param("agency", "PTH").param("from", "2026-12-01").param("to", "2026-12-31")
                .with(user(users.loadUserByUsername("reception")))).andExpect(status().isForbidden());
    }

    @Test
    void theControlSlipPageShowsEveryHandOverToThoseWhoMaySeeTheDossier() throws Exception {
        String code = receive("reception", Applicants.atDesk(BIRTH_REGISTRATION), WEDNESDAY.plusDays(5).atTime(9, 0));
        String page = http.perform(get("/dossiers/{code}/control-slip", code)
                        .with(user(users.loadUserByUsername("reception"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Phiếu kiểm soát hồ sơ " + code, "Tiếp nhận hồ sơ", "Nguyễn Thị Lan",
                "/api/dossiers/" + code + "/forms/01.pdf", "/api/dossiers/" + code + "/forms/06.pdf")
                .doesNotContain("/forms/02.pdf");

        assertThat(http.perform(get("/dossiers/{code}/control-slip", code).param("lang", "en")
                        .with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Control slip of dossier " + code, "Dossier received", "Receipt and appointment slip");
        http.perform(get("/dossiers/{code}/control-slip", code).with(user(users.loadUserByUsername("specialist2"))))
                .andExpect(status().isNotFound());
        http.perform(get("/dossiers/{code}/control-slip", code)).andExpect(status().is3xxRedirection());
    }

    private String receive(String clerk, IntakeRequest request, LocalDateTime at) {
        clock.setFixed(at);
        signIn.as(clerk);
        String code = intake.receive(request).code();
        signIn.out();
        clock.reset();
        return code;
    }

    private static MockHttpServletRequestBuilder logbook(String user, String agency, String from, String to,
                                                         String format) {
        return get("/api/logbook").param("agency", agency).param("from", from).param("to", to)
                .param("format", format).with(httpBasic(user, "demo"));
    }
}
