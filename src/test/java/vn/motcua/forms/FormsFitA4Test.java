package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTask;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/**
 * Every printed document (forms 01–07, the signed result and the SLA report) as a printer sees it: each page
 * rendered to an image must be A4 in the intended orientation, the expected number of pages,
 * with nothing drawn in the outer band a printer cannot print, the province's name in the
 * heading, and table cells wide enough that a procedure name stays on one or two lines.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsFitA4Test {

    static final String CONSTRUCTION_PERMIT = "XD.0001";
    static final String BIRTH_REGISTRATION = "1.001193";
    /** Tuesday 8 June 2027, a working day no other test class uses (they share one database). */
    static final LocalDate TUESDAY = LocalDate.of(2027, 6, 8);
    /** The demo province (motcua.province.name), as every heading prints it in capitals. */
    static final String PROVINCE_HEADING = "ỦY BAN NHÂN DÂN TỈNH PHƯỚC THUẬN";
    static final Applicant LE_THI_HONG = new Applicant("Lê Thị Hồng Nhung", "079301045678", "0935123456",
            "nhung.le@example.vn", "Số 125/7 đường Nguyễn Văn Cừ, khu phố Phước Lộc, xã Phước Vĩnh");
    /** The outer band that must stay blank: printers cannot print closer than about 5 mm to the edge. */
    static final double BAND_MM = 8;
    static final float DPI = 100;

    @Autowired MockMvc http;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;

    String permit;
    String refused;
    String stopped;

    /** A construction permit that went through every hand-over, plus a refused and a stopped dossier. */
    @BeforeAll
    void dossiers(@Autowired DossierIntake intake, @Autowired DossierActions actions, @Autowired ClerkTasks tasks) {
        permit = act("reception", TUESDAY.atTime(8, 30), () -> intake.receive(
                new IntakeRequest(CONSTRUCTION_PERMIT, Channel.DESK, LE_THI_HONG, null)).code());
        act("specialist", TUESDAY.atTime(9, 15), () -> {
            tasks.claim(tasks.openTasksOf(permit).get(0).id());
            return actions.requestSupplement(permit, "Bổ sung bản vẽ mặt cắt và sơ đồ đấu nối hạ tầng kỹ thuật có "
                    + "chữ ký của đơn vị thiết kế; bản sao Giấy chứng nhận quyền sử dụng đất có chứng thực");
        });
        act("reception", TUESDAY.plusDays(2).atTime(10, 0),
                () -> actions.receiveSupplement(permit, "Công dân nộp đủ bản vẽ và bản sao có chứng thực"));
        complete("specialist", TUESDAY.plusDays(3).atTime(14, 0), tasks, "forward");
        complete("specialist.sxd", TUESDAY.plusDays(6).atTime(9, 0), tasks, "approve");
        act("reception", TUESDAY.plusDays(7).atTime(16, 0), () -> actions.reschedule(permit,
                TUESDAY.plusDays(21).atTime(16, 0), "Chờ ý kiến chuyên môn của Sở Xây dựng về khu vực có "
                        + "thiết kế đô thị"));
        complete("leader", TUESDAY.plusDays(8).atTime(10, 0), tasks, "approve");
        act("reception", TUESDAY.plusDays(9).atTime(9, 0),
                () -> actions.returnResult(permit, "Công dân đã nhận giấy phép xây dựng"));

        refused = act("reception", TUESDAY.atTime(9, 0), () -> intake.receive(
                new IntakeRequest(BIRTH_REGISTRATION, Channel.DESK, LE_THI_HONG, null)).code());
        act("reception", TUESDAY.atTime(9, 10),
                () -> actions.refuse(refused, "Hồ sơ không thuộc thẩm quyền giải quyết của xã"));
        stopped = act("reception", TUESDAY.atTime(10, 0), () -> intake.receive(
                new IntakeRequest(CONSTRUCTION_PERMIT, Channel.DESK, LE_THI_HONG, null)).code());
        act("reception", TUESDAY.atTime(11, 0),
                () -> actions.stop(stopped, "Người yêu cầu đề nghị dừng giải quyết"));
        signIn.out();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void formsOneToFiveArePortraitA4PagesWithTheProvinceInTheirHeading() throws Exception {
        for (String[] form : new String[][] {{permit, "01"}, {permit, "02"}, {refused, "03"}, {permit, "04"},
                {stopped, "05"}}) {
            Printed printed = print(get("/api/dossiers/{code}/forms/{n}.pdf", form[0], form[1]), "form " + form[1]);
            printed.assertA4(false, 1);
            assertThat(printed.text()).as("form %s", form[1]).contains(PROVINCE_HEADING);
        }
    }

    @Test
    void theSignedResultIsAPortraitA4PageWithTheProvinceInItsHeading() throws Exception {
        Printed result = print(get("/api/dossiers/{code}/forms/KQ.pdf", permit), "result");

        result.assertA4(false, 1);
        assertThat(result.text()).contains(PROVINCE_HEADING, "THÔNG BÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ", permit,
                "Lê Hoàng Nam");
    }

    @Test
    void theControlSlipFitsAPortraitPageWithItsNotesColumnWhole() throws Exception {
        Printed slip = print(get("/api/dossiers/{code}/forms/06.pdf", permit), "form 06");

        slip.assertA4(false, 1);
        assertThat(slip.text()).contains(PROVINCE_HEADING, "Ghi chú", "Nguyễn Thị Lan", "Trần Văn Minh",
                "Cấp giấy phép xây dựng nhà ở riêng lẻ");
        assertThat(slip.lines()).as("the notes are whole, not cut at the page's edge")
                .anyMatch(line -> line.endsWith("Ghi chú"));
        slip.assertNotOneWordPerLine("Cấp giấy phép xây dựng nhà ở riêng lẻ");
        slip.assertNotOneWordPerLine("Công dân nộp đủ bản vẽ và bản sao có chứng thực");
    }

    @Test
    void theLogbookFitsLandscapeA4WithANotesColumn() throws Exception {
        Printed book = print(get("/api/logbook").param("agency", "XPV").param("from", TUESDAY.toString())
                .param("to", TUESDAY.toString()).param("format", "pdf"), "form 07");

        book.assertA4(true, 1);
        assertThat(book.text()).contains(PROVINCE_HEADING, "Ghi chú", permit, refused, stopped);
        assertThat(book.lines()).anyMatch(line -> line.endsWith("Ghi chú"));
        book.assertNotOneWordPerLine("Cấp giấy phép xây dựng nhà ở riêng lẻ");
        book.assertNotOneWordPerLine("Lê Thị Hồng Nhung");
    }

    @Test
    void theSlaReportIsAFormalLandscapeReport() throws Exception {
        Printed report = print(get("/api/reports/sla").param("from", "2027-06-01").param("to", "2027-06-30")
                .param("groupBy", "procedure").param("format", "pdf"), "SLA report");

        report.assertA4(true, 1);
        assertThat(report.text()).contains(PROVINCE_HEADING, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH",
                "Từ ngày 01/06/2027 đến ngày 30/06/2027", "Lập lúc", "giờ Việt Nam", "NGƯỜI LẬP BÁO CÁO",
                "TM. ỦY BAN NHÂN DÂN", "Tổng cộng");
    }

    private String act(String user, LocalDateTime at, java.util.function.Supplier<Object> action) {
        clock.setFixed(at);
        signIn.as(user);
        Object result = action.get();
        return result instanceof String code ? code : null;
    }

    private void complete(String user, LocalDateTime at, ClerkTasks tasks, String outcome) {
        act(user, at, () -> {
            ClerkTask step = tasks.openTasksOf(permit).get(0);
            tasks.complete(step.id(), outcome, "Đã thẩm định, đủ điều kiện cấp phép theo quy hoạch chi tiết");
            return null;
        });
    }

    private Printed print(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String what) throws Exception {
        byte[] pdf = http.perform(request.with(httpBasic("auditor", "demo"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        return new Printed(what, pdf);
    }

    /** A PDF as printed: its pages, their rendering and its text. */
    record Printed(String what, byte[] pdf) {

        void assertA4(boolean landscape, int pages) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFRenderer renderer = new PDFRenderer(document);
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    PDPage page = document.getPage(i);
                    PDRectangle box = page.getMediaBox();
                    boolean turned = page.getRotation() % 180 != 0;
                    float width = turned ? box.getHeight() : box.getWidth();
                    float height = turned ? box.getWidth() : box.getHeight();
                    float shortSide = PDRectangle.A4.getWidth();
                    float longSide = PDRectangle.A4.getHeight();
                    assertThat(width).as("%s page %d width (pt)", what, i + 1)
                            .isCloseTo(landscape ? longSide : shortSide, org.assertj.core.data.Offset.offset(1f));
                    assertThat(height).as("%s page %d height (pt)", what, i + 1)
                            .isCloseTo(landscape ? shortSide : longSide, org.assertj.core.data.Offset.offset(1f));
                    BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                    dumpForHumans(image, i);
                    assertBlankBand(image, i + 1);
                }
                assertThat(document.getNumberOfPages()).as("%s: pages", what).isEqualTo(pages);
            }
        }

        /** Every pixel within {@link #BAND_MM} of an edge is white: nothing is cut by the printer. */
        private void assertBlankBand(BufferedImage image, int page) {
            int band = (int) Math.round(BAND_MM / 25.4 * DPI);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean inBand = x < band || y < band || x >= image.getWidth() - band
                            || y >= image.getHeight() - band;
                    if (inBand && !white(image.getRGB(x, y))) {
                        throw new AssertionError(what + " page " + page + ": ink at " + x + "," + y + " px ("
                                + Math.round(x * 25.4 / DPI) + "," + Math.round(y * 25.4 / DPI)
                                + " mm), within " + BAND_MM + " mm of the edge");
                    }
                }
            }
        }

        private static boolean white(int rgb) {
            return (rgb >> 16 & 0xFF) > 245 && (rgb >> 8 & 0xFF) > 245 && (rgb & 0xFF) > 245;
        }

        /** Saved under target/ when -Dforms.dump=true, to look at what the printer would print. */
        private void dumpForHumans(BufferedImage image, int page) throws IOException {
            if (Boolean.getBoolean("forms.dump")) {
                javax.imageio.ImageIO.write(image, "png", new java.io.File("target/"
                        + what.replace(' ', '-') + "-" + (page + 1) + ".png"));
            }
        }

        String text() throws IOException {
            return String.join(" ", lines());
        }

        List<String> lines() throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return Arrays.stream(new PDFTextStripper().getText(document).split("\\r?\\n")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
            }
        }

        /**
         * The phrase's first two words start a line that holds at least half of the phrase: a
         * cell too narrow would print it one or two words a line.
         */
        void assertNotOneWordPerLine(String phrase) throws IOException {
            String[] words = phrase.split(" ");
            int half = (words.length + 1) / 2;
            String start = String.join(" ", Arrays.copyOf(words, half));
            assertThat(lines()).as("%s: \"%s\" on at most two lines", what, phrase)
                    .anyMatch(line -> line.contains(start));
        }
    }
}
