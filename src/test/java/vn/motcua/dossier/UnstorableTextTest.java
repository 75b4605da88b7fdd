package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.testing.DatabaseTest;

/**
 * Characters no text may hold (issue 10.6): U+FFFE/U+FFFF and the other non-characters, lone
 * surrogates and NUL are refused at every input, naming the field, and the official PDFs still
 * render for a dossier that already holds one (stored before the refusal existed).
 */
@DatabaseTest
@AutoConfigureMockMvc
class UnstorableTextTest {

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;

    /** JSON escapes: U+FFFF, U+FFFE, U+FDD0, a lone high and a lone low surrogate, NUL. */
    @ParameterizedTest
    @ValueSource(strings = {"\\uFFFF", "\\uFFFE", "\\uFDD0", "\\uD800", "\\uDC00", "\\u0000"})
    void theApiRefusesThemNamingTheField(String escaped) throws Exception {
        long before = dossiers();
        http.perform(post("/api/dossiers").with(httpBasic("reception", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"procedureCode": "1.001612", "channel": "DESK", "applicant": {"fullName": "Lê Văn %s Tư",
                                 "idNumber": "079301012345"}}""".formatted(escaped)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("applicant.fullName"));
        assertThat(dossiers()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFFFF", "\uFFFE", "\uD800", "\u0000"})
    void theAnonymousPortalFormRefusesThemNamingTheField(String character) throws Exception {
        long before = dossiers();
        http.perform(multipart("/portal/submit/1.001193")
                        .file(new MockMultipartFile("document-1", "to-khai.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .param("agencyCode", "XPV").param("fullName", "Lê Thị" + character + " Hoa")
                        .param("idNumber", "079301099999").param("phone", "0909123456").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("fullName"));
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void aFileNameHoldingThemIsRefused() throws Exception {
        long before = dossiers();
        http.perform(multipart("/portal/submit/1.001193")
                        .file(new MockMultipartFile("document-1", "to-khai\uFFFF.pdf", "application/pdf",
                                "%PDF-1.4".getBytes()))
                        .param("agencyCode", "XPV").param("fullName", "Lê Thị Hoa")
                        .param("idNumber", "079301099999").param("phone", "0909123456").with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(dossiers()).isEqualTo(before);
    }

    /** As if stored before the refusal existed: form 01, form 06 and the logbook still render. */
    @Test
    void officialPdfsRenderADossierThatAlreadyHoldsOne() throws Exception {
        String code = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(
                http.perform(post("/api/dossiers").with(httpBasic("reception", "demo"))
                                .contentType(MediaType.APPLICATION_JSON).content("""
                                        {"procedureCode": "1.001612", "channel": "DESK", "applicant":
                                         {"fullName": "Đỗ Thị Hạnh", "idNumber": "079301012345"}}"""))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("code").asText();
        jdbc.sql("UPDATE dossier SET applicant_name = ?, applicant_address = ? WHERE code = ?")
                .params("Đỗ Thị\uFFFF Hạnh\uFFFE", "Ấp\u0007 3", code).update();

        for (String form : new String[] {"01", "06"}) {
            byte[] pdf = http.perform(get("/api/dossiers/" + code + "/forms/" + form + ".pdf")
                            .with(httpBasic("reception", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(text(pdf)).as("form " + form).contains("Đỗ Thị", "Hạnh");
        }
        LocalDate today = LocalDate.parse(code.substring(4, 10), java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        byte[] logbook = http.perform(get("/api/logbook").param("agency", "XPV").param("from", today.toString())
                        .param("to", today.toString()).with(httpBasic("reception", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(logbook)).contains(code);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private long dossiers() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }
}
