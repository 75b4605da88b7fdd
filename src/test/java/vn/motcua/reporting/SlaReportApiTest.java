package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.tasklist.ClerkTasks;
import vn.motcua.testing.DatabaseTest;
import vn.motcua.testing.SignIn;

/** The SLA report over HTTP: who may read it, refused parameters, exports that say what the JSON says. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "motcua.test.scenario=sla-march-2027-http")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportApiTest {

    static final String MARCH = "/api/reports/sla?from=2027-03-01&to=2027-03-31";

    @Autowired MockMvc http;
    @Autowired ObjectMapper json;
    @Autowired ProvinceClock clock;
    @Autowired SignIn signIn;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

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
    void auditorsReadTheReportAndClerksAreRefused() throws Exception {
        http.perform(get(MARCH + "&groupBy=channel").with(httpBasic("auditor", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value("channel"))
                .andExpect(jsonPath("$.total.onTimeRate").value(77.78))
                .andExpect(jsonPath("$.rows[0].group").value("DESK"))
                .andExpect(jsonPath("$.rows[0].received").value(8));
        http.perform(get(MARCH).with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        for (String clerk : List.of("specialist", "reception", "leader", "analyst")) {
            http.perform(get(MARCH).with(httpBasic(clerk, "demo"))).andExpect(status().isForbidden());
            http.perform(get("/api/reports/reduction?procedure=1.001612").with(httpBasic(clerk, "demo")))
                    .andExpect(status().isForbidden());
        }
        http.perform(get("/reports").with(staff("specialist"))).andExpect(status().isForbidden());
        http.perform(get("/reports").with(staff("admin"))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=2027-04-01&to=2027-03-01                  | to",
            "from=2027-03-01&to=2027-03-31&groupBy=colour   | groupBy",
            "from=2027-03-01&to=2027-03-31&procedure=9.999999 | procedure",
            "from=2027-03-01&to=2027-03-31&procedure=1.001612' OR '1'='1 | procedure",
            "from=2027-03-01'; DROP TABLE dossier; --&to=2027-03-31 | from",
            "from=2000-01-01&to=2099-12-31                  | to",
            "from=2027-03-01                                | to",
            "from=2027-03-01&to=2027-03-31&agency=XYZ       | agency",
            "from=2027-03-01&to=2027-03-31&channel=FAX      | channel",
            "from=2027-03-01&to=2027-03-31&format=doc       | format"})
    void badParametersAreRefusedNamingTheField(String query, String field) throws Exception {
        http.perform(get("/api/reports/sla?" + query.replace(" ", "%20").replace("'", "%27"))
                        .with(httpBasic("auditor", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void badDrillDownAndReductionParametersAreRefused() throws Exception {
        http.perform(get("/api/reports/sla/dossiers?from=2027-03-01&to=2027-03-31&figure=everything")
                .with(httpBasic("auditor", "demo"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("figure"));
        http.perform(get("/api/reports/reduction?procedure=0.000000").with(httpBasic("auditor", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("procedure"));
        http.perform(get("/reports?from=2027-04-01&to=2027-03-01").with(staff("auditor")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void everyDrillDownOverHttpIsAsLongAsItsFigure() throws Exception {
        JsonNode total = report("").get("total");
        for (SlaFigure figure : SlaFigure.values()) {
            JsonNode list = read("/api/reports/sla/dossiers?from=2027-03-01&to=2027-03-31&figure=" + figure.parameter());
            assertThat(list.get("total").asInt()).as(figure.parameter()).isEqualTo(total.get(figure.parameter()).asInt());
            assertThat(list.get("items")).as("under a page, all listed").hasSize(list.get("total").asInt());
        }
        String page = http.perform(get("/reports/sla/dossiers?from=2027-03-01&to=2027-03-31&figure=onTime")
                        .with(staff("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.split("XPV-2703").length - 1).as("four on-time dossiers listed").isEqualTo(4);
    }

    @Test
    void aDrillDownIsReadAPageAtATimeInTheOrderOfReceipt() throws Exception {
        String onTime = "/api/reports/sla/dossiers?from=2027-03-01&to=2027-03-31&figure=onTime";
        JsonNode whole = read(onTime);
        JsonNode second = read(onTime + "&page=2&size=3");
        assertThat(second.get("total").asInt()).isEqualTo(4);
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
        assertThat(second.get("items")).singleElement().extracting(line -> line.get("code").asText())
                .isEqualTo(whole.get("items").get(3).get("code").asText());
        List<String> received = new ArrayList<>();
        whole.get("items").forEach(line -> received.add(line.get("receivedAt").asText()));
        assertThat(received).isSorted();
        http.perform(get(onTime + "&size=500").with(httpBasic("auditor", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));

        String page = http.perform(get("/reports/sla/dossiers?from=2027-03-01&to=2027-03-31&figure=onTime&size=3")
                        .with(staff("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Số hồ sơ: 4").contains("1–3 trên tổng số 4")
                .contains("/reports/sla/dossiers?from=2027-03-01&amp;to=2027-03-31&amp;figure=onTime&amp;size=3&amp;page=2");
        assertThat(page.split("XPV-2703").length - 1).as("three of the four on this page").isEqualTo(3);
    }

    @Test
    void theReportPageShowsTheFiguresWithTheirDrillDowns() throws Exception {
        String page = http.perform(get("/reports?from=2027-03-01&to=2027-03-31&groupBy=channel")
                        .with(staff("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("77.78").contains("Tỷ lệ đúng hạn")
                .contains("/reports/sla/dossiers?from=2027-03-01&amp;to=2027-03-31&amp;channel=DESK&amp;figure=received")
                .contains("chart.umd.js");
    }

    @Test
    void theIndicatorsPageWritesEachFormulaBesideItsFigureAndSaysWhatIsNotMeasured() throws Exception {
        String page = http.perform(get("/reports/indicators?from=2027-03-01&to=2027-03-31").with(staff("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("(trước hạn + đúng hạn) / đã giải quyết trong kỳ × 100").contains("7 / 9")
                .contains("77.78").contains("3 / 13").contains("Hệ thống này không đo");
        assertThat(page.split("Hệ thống này không đo").length - 1)
                .as("three indicators not measured: publication, digitised results, online payment").isEqualTo(3);
        http.perform(get("/reports/indicators").with(staff("reception"))).andExpect(status().isForbidden());
    }

    @Test
    void theReductionPageShowsBothVersions() throws Exception {
        String page = http.perform(get("/reports/reduction?procedure=1.001612&lang=en").with(staff("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Statutory time reduced by 40.00 %").contains("Which step holds dossiers longest");
    }

    @Test
    void exportsCarryTheSameNumbersAsTheJson() throws Exception {
        JsonNode report = report("&groupBy=channel");
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            expected.add(values(row));
        }
        expected.add(values(report.get("total")));

        String csv = new String(download("csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<String> csvLines = csv.lines().toList();
        for (int i = 0; i < expected.size(); i++) {
            List<String> cells = Arrays.stream(csvLines.get(2 + i).split(",", -1)).map(SlaReportApiTest::plain)
                    .toList();
            assertThat(cells.subList(1, cells.size())).as("CSV line %d", i).isEqualTo(expected.get(i));
        }
        assertThat(csvLines.get(2)).as("groups in words, as on the page").startsWith("Trực tiếp,").doesNotContain("DESK");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
            for (int i = 0; i < expected.size(); i++) {
                Row row = workbook.getSheetAt(0).getRow(3 + i);
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= expected.get(i).size(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getCellType() == CellType.BLANK ? ""
                            : plain(java.math.BigDecimal.valueOf(cell.getNumericCellValue())));
                }
                assertThat(cells).as("XLSX row %d", i).isEqualTo(expected.get(i));
            }
        }

        try (PDDocument pdf = Loader.loadPDF(download("pdf"))) {
            String text = Arrays.stream(new PDFTextStripper().getText(pdf).split("\\s+")).map(SlaReportApiTest::plain)
                    .collect(java.util.stream.Collectors.joining(" "));
            assertThat(text).contains("01/03/2027").contains("Tổng cộng").contains("Trực tiếp")
                    .doesNotContain("DESK");
            for (List<String> line : expected) {
                assertThat(text).contains(String.join(" ", line.stream().filter(v -> !v.isEmpty()).toList()));
            }
        }
    }

    private List<String> values(JsonNode row) {
        List<String> values = new ArrayList<>();
        for (String field : List.of("carriedOver", "received", "receivedDesk", "receivedOnline", "receivedPost",
                "resolved", "early", "onTime", "late", "onTimeRate", "pending", "pendingInTime", "overdue",
                "waitingForSupplement", "refused", "notAccepted", "withdrawn", "stopped", "averageWorkingDays",
                "p90WorkingDays")) {
            JsonNode value = row.get(field);
            values.add(value == null || value.isNull() ? "" : plain(value.decimalValue()));
        }
        return values;
    }

    private static String plain(java.math.BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** A number written without trailing zeros (75.00 and 75 compare equal); other text as it is. */
    private static String plain(String text) {
        return text.matches("-?\\d+(\\.\\d+)?") ? plain(new java.math.BigDecimal(text)) : text;
    }

    /** Pages use form login: the real demo account's details, as after signing in. */
    private org.springframework.test.web.servlet.request.RequestPostProcessor staff(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(username));
    }

    private JsonNode report(String more) throws Exception {
        return read(MARCH + more);
    }

    private JsonNode read(String address) throws Exception {
        return json.readTree(http.perform(get(address).with(httpBasic("auditor", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private byte[] download(String format) throws Exception {
        return http.perform(get(MARCH + "&groupBy=channel&format=" + format).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
