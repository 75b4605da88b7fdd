package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.DatabaseTest;

/** Filing a dossier online with files: checked by content, stored outside the web root, served only to staff. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "motcua.files-directory=target/test-files/online-submission")
class OnlineSubmissionTest {

    static final Path FILES = Path.of("target/test-files/online-submission");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceClock clock;
    @Autowired UserDetailsService users;

    @BeforeEach
    void tuesdayMorning() {
        clock.setFixed(LocalDateTime.of(2026, 12, 15, 9, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyProceduresOfferedOnlineAreListed() throws Exception {
        assertThat(http.perform(get("/portal/submit")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("id=\"procedure-1.001193\"", "Toàn trình", "Một phần");
        http.perform(get("/portal/submit/9.999999")).andExpect(status().isNotFound());
    }

    @Test
    void aCitizenFilesADossierWithFilesThatOnlyStaffOfTheAgencyCanDownload() throws Exception {
        String page = http.perform(submission(file("document-1", "to-khai.pdf", PDF),
                        file("document-2", "giay-chung-sinh.png", PNG)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher code = Pattern.compile("id=\"submitted-code\">(XPV-261215-\\d{4})<").matcher(page);
        assertThat(code.find()).as(page).isTrue();
        String dossierCode = code.group(1);
        assertThat(jdbc.sql("SELECT status || ' ' || channel || ' ' || created_by FROM dossier WHERE code = ?")
                .param(dossierCode).query(String.class).single()).isEqualTo("1 ONLINE citizen");

        http.perform(get("/api/dossiers/{code}/documents", dossierCode).with(httpBasic("reception", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].originalName").value("to-khai.pdf"))
                .andExpect(jsonPath("$[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$[1].contentType").value("image/png"))
                .andExpect(jsonPath("$[1].requiredPosition").value(2));
        long id = jdbc.sql("SELECT MIN(id) FROM dossier_document WHERE dossier_code = ?").param(dossierCode)
                .query(Long.class).single();
        byte[] downloaded = http.perform(get("/api/dossiers/{code}/documents/{id}", dossierCode, id)
                        .with(httpBasic("reception", "demo")))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);

        assertThat(http.perform(get("/dossiers/{code}/control-slip", dossierCode)
                        .with(user(users.loadUserByUsername("reception"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Nộp trực tuyến", "Công dân (nộp trực tuyến)", "giay-chung-sinh.png",
                        "/api/dossiers/" + dossierCode + "/documents/" + id);
        http.perform(get("/api/dossiers/{code}/documents/{id}", dossierCode, id).with(httpBasic("specialist2", "demo")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/dossiers/{code}/documents/{id}", dossierCode, id)).andExpect(status().isUnauthorized());
        assertThat(http.perform(get("/files/" + dossierCode)).andReturn().getResponse().getStatus())
                .as("no static path to the files").isNotEqualTo(200);
    }

    @Test
    void badFilesAndBadFieldsShowTheFormAgainAndStoreNothing() throws Exception {
        long dossiers = count("dossier");
        long documents = count("dossier_document");
        long files = filesOnDisk();

        assertRefused(submission(file("document-1", "to-khai.pdf", EXE)), "document-1");
        byte[] oversized = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertRefused(submission(file("document-1", "to-khai.pdf", PDF), file("document-2", "lon.pdf", oversized)),
                "document-2");
        assertRefused(submission(file("document-1", "rong.pdf", new byte[0])), "document-1");
        assertRefused(submission(), "documents");
        MockMultipartFile form = file("document-1", "to-khai.pdf", PDF);
        assertRefused(submission(Map.of("phone", ""), form), "applicant.phone");
        assertRefused(submission(Map.of("idNumber", "12"), form), "applicant.idNumber");
        assertRefused(submission(Map.of("agencyCode", "STC"), form), "agencyCode");
        String page = assertRefused(submission(Map.of("fullName", "<script>alert(1)</script>", "idNumber", "1"), form),
                "applicant.idNumber");
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        http.perform(multipart("/portal/submit/1.001193").file(file("document-1", "to-khai.pdf", PDF))
                        .param("agencyCode", "XPV").param("fullName", "Lê Thị Hoa").param("idNumber", "079301099999")
                        .param("phone", "0909123456"))
                .andExpect(status().isForbidden());

        assertThat(count("dossier")).isEqualTo(dossiers);
        assertThat(count("dossier_document")).isEqualTo(documents);
        assertThat(filesOnDisk()).as("files of refused submissions are not kept").isEqualTo(files);
    }

    private String assertRefused(MockMultipartHttpServletRequestBuilder request, String field) throws Exception {
        String page = http.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"submit-error\"", "data-field=\"" + field + "\"");
        return page;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static long filesOnDisk() throws IOException {
        if (!Files.isDirectory(FILES)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(FILES)) {
            return files.count();
        }
    }

    private static MockMultipartFile file(String field, String name, byte[] content) {
        return new MockMultipartFile(field, name, "application/pdf", content);
    }

    private static MockMultipartHttpServletRequestBuilder submission(MockMultipartFile... files) {
        return submission(Map.of(), files);
    }

    /** A valid submission of Lê Thị Hoa, with some fields replaced. */
    private static MockMultipartHttpServletRequestBuilder submission(Map<String, String> replaced,
                                                                     MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/portal/submit/1.001193");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        Map<String, String> fields = new HashMap<>(Map.of("agencyCode", "XPV", "fullName", "Lê Thị Hoa",
                "idNumber", "079301099999", "phone", "0909 123 456", "email", "hoa.le@example.vn",
                "address", "Thôn Phước Lộc, xã Phước Vĩnh"));
        fields.putAll(replaced);
        fields.forEach(request::param);
        request.with(csrf());
        return request;
    }
}
