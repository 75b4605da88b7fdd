package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.Applicants;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** The official forms as real PDFs, read back with PDFBox; issued only by the dossier's transitions. */
@DatabaseTest
@AutoConfigureMockMvc
class OfficialFormsTest {

    static final String BIRTH_REGISTRATION = "1.001193";
    static final String BUSINESS_HOUSEHOLD = "1.001612";
    /** Monday 7 December 2026, a working day. */
    static final LocalDateTime MONDAY_10_00 = LocalDateTime.of(2026, 12, 7, 10, 0);

    @Autowired MockMvc http;
    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;
    @Autowired ClerkTasks tasks;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theReceiptSlipCarriesCodeApplicantAndDueDateWithDiacriticsIntact() throws Exception {
        String code = receive(BUSINESS_HOUSEHOLD);

        String text = pdfText(code, "01", "reception");
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Ủy ban nhân dân xã Phước Vĩnh".toUpperCase(), code,
                "Nguyễn Văn An", "Đăng ký thành lập hộ kinh doanh", "Giấy đề nghị đăng ký hộ kinh doanh theo mẫu",
                "3 ngày làm việc", "Nguyễn Thị Lan", "ngày 07 tháng 12 năm 2026");
        assertThat(text).as("3 working days from Monday 10:00")
                .contains("Thời gian trả kết quả giải quyết hồ sơ: 10 giờ 00 phút, ngày 10/12/2026");
    }

    @Test
    void aSupplementRequestIssuesForm02AndTheControlSlipListsEveryHandOver() throws Exception {
        String code = receive(BIRTH_REGISTRATION);
        http.perform(form(code, "02", "reception")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.field").value("form"));

        signIn.as("specialist");
        String verify = tasks.openTasksOf(code).get(0).id();
        tasks.claim(verify);
        clock.setFixed(MONDAY_10_00.plusHours(1));
        actions.requestSupplement(code, "Thiếu bản sao Giấy chứng sinh có chứng thực");
        signIn.out();

        assertThat(pdfText(code, "02", "specialist")).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", code,
                "Thiếu bản sao Giấy chứng sinh có chứng thực", "Trần Văn Minh", "Nguyễn Văn An");
        assertThat(pdfText(code, "06", "auditor")).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Tiếp nhận hồ sơ", "Bắt đầu xử lý", "Yêu cầu bổ sung", "Nguyễn Thị Lan", "Trần Văn Minh",
                "Đúng hạn", "07/12/2026 17:00");
        for (String notIssued : new String[] {"03", "04", "05"}) {
            http.perform(form(code, notIssued, "reception")).andExpect(status().isNotFound());
        }
    }

    @Test
    void refusalApologyAndStopIssueTheirForms() throws Exception {
        String refused = receive(BIRTH_REGISTRATION);
        String late = receive(BUSINESS_HOUSEHOLD);
        String stopped = receive(BUSINESS_HOUSEHOLD);
        signIn.as("reception");
        actions.refuse(refused, "Hồ sơ không thuộc thẩm quyền giải quyết của xã");
        actions.reschedule(late, LocalDateTime.of(2026, 12, 14, 16, 0), "Chờ xác minh thông tin địa điểm kinh doanh");
        actions.stop(stopped, "Người yêu cầu đề nghị dừng giải quyết");
        signIn.out();

        assertThat(pdfText(refused, "03", "reception")).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                "Hồ sơ không thuộc thẩm quyền giải quyết của xã");
        assertThat(pdfText(late, "04", "reception")).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Chờ xác minh thông tin địa điểm kinh doanh", "16 giờ 00 phút, ngày 14/12/2026",
                "10 giờ 00 phút, ngày 10/12/2026");
        assertThat(pdfText(stopped, "05", "reception")).contains("THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ",
                "Người yêu cầu đề nghị dừng giải quyết");
    }

    @Test
    void anotherAgencysClerkAnUnknownFormAndAnonymousCallersGetNothing() throws Exception {
        String code = receive(BIRTH_REGISTRATION);
        http.perform(form(code, "01", "specialist2")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("code"));
        http.perform(form(code, "09", "reception")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("form"));
        http.perform(get("/api/dossiers/{code}/forms/01.pdf", code)).andExpect(status().isUnauthorized());
        http.perform(form(code, "01", "analyst")).andExpect(status().isForbidden());
    }

    private String receive(String procedure) {
        clock.setFixed(MONDAY_10_00);
        signIn.as("reception");
        String code = intake.receive(Applicants.atDesk(procedure)).code();
        signIn.out();
        return code;
    }

    private String pdfText(String code, String number, String user) throws Exception {
        byte[] pdf = http.perform(form(code, number, user))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        return text(pdf);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\r?\\n[ \\t]*", " ");
        }
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(
            String code, String number, String user) {
        return get("/api/dossiers/{code}/forms/{number}.pdf", code, number).with(httpBasic(user, "demo"));
    }
}
