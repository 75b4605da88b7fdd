package vn.motcua.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.shared.ProvinceClock;
import vn.motcua.testing.DatabaseTest;

/**
 * A citizen's files shown inline to the desk: the right type and disposition, framable only by
 * our own pages, never sniffed; refused like an unknown dossier to a clerk of another agency;
 * a kind a browser could run as a page (SVG) is only ever downloaded as plain bytes.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "motcua.files-directory=target/test-files/document-preview")
class DocumentPreviewTest {

    static final Path FILES = Path.of("target/test-files/document-preview");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired MockMvc http;
    @Autowired JdbcClient jdbc;
    @Autowired ProvinceClock clock;
    @Autowired UserDetailsService users;

    String code;
    long pdfId;
    long pngId;

    @BeforeEach
    void aCitizenFilesOnlineInPhuocVinh() throws Exception {
        clock.setFixed(LocalDateTime.of(2026, 12, 15, 9, 0));
        String page = http.perform(multipart("/portal/submit/1.001193")
                        .file(new MockMultipartFile("document-1", "to-khai.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("document-2", "anh.png", "image/png", PNG))
                        .param("agencyCode", "XPV").param("fullName", "Lê Thị Hoa").param("idNumber", "079301099999")
                        .param("phone", "0909123456").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher submitted = Pattern.compile("id=\"submitted-code\">([A-Z]+-\\d{6}-\\d{4})<").matcher(page);
        assertThat(submitted.find()).as(page).isTrue();
        code = submitted.group(1);
        pdfId = idOf("application/pdf");
        pngId = idOf("image/png");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPdfIsSentInlineWithItsTypeFramableOnlyByOurPages() throws Exception {
        http.perform(get("/api/dossiers/{c}/documents/{id}/inline", code, pdfId).with(as("reception")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline; filename=")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("to-khai.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("frame-ancestors 'self'"), Matchers.containsString("default-src 'none'"))));
        http.perform(get("/api/dossiers/{c}/documents/{id}/inline", code, pngId).with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/png"));
        http.perform(get("/api/dossiers/{c}/documents/{id}", code, pdfId).with(as("reception")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void ourPagesMayFrameOnlyOurOwnFilesAndAreNeverFramedThemselves() throws Exception {
        http.perform(get("/desk").with(as("reception")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("frame-src 'self'"), Matchers.containsString("frame-ancestors 'none'"),
                        Matchers.containsString("object-src 'none'"), Matchers.containsString("script-src 'self';"))));
    }

    @Test
    void aClerkOfAnotherAgencyGetsNeitherTheFilesNorTheirList() throws Exception {
        http.perform(get("/api/dossiers/{c}/documents/{id}/inline", code, pdfId).with(as("specialist")))
                .andExpect(status().isOk());
        http.perform(get("/dossiers/{c}/documents", code).with(as("specialist"))).andExpect(status().isOk());

        http.perform(get("/api/dossiers/{c}/documents/{id}/inline", code, pdfId).with(as("reception2")))
                .andExpect(status().isNotFound());
        http.perform(get("/dossiers/{c}/documents/preview", code).with(as("reception2")))
                .andExpect(status().isNotFound());
        http.perform(get("/dossiers/{c}/documents", code).with(as("specialist2")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/dossiers/{c}/documents/{id}/inline", code, pdfId)).andExpect(status().isUnauthorized());
    }

    @Test
    void theDeskPreviewAndTheDossierListShowTheFilesToTheAgency() throws Exception {
        String preview = http.perform(get("/dossiers/{c}/documents/preview", code).with(as("reception")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("to-khai.pdf", "anh.png", "Văn bản PDF", "Ảnh PNG",
                "<iframe", "src=\"/api/dossiers/" + code + "/documents/" + pdfId + "/inline\"",
                "<img", "src=\"/api/dossiers/" + code + "/documents/" + pngId + "/inline\"");
        String list = http.perform(get("/dossiers/{c}/documents", code).with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("to-khai.pdf", "href=\"/api/dossiers/" + code + "/documents/" + pdfId + "\"")
                .doesNotContain("<iframe");
    }

    @Test
    void aFileOfAKindABrowserCouldRunIsOnlyEverDownloaded() throws Exception {
        // the upload check refuses SVG; such a row could only come from elsewhere (another tool, old data)
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        String storageName = UUID.randomUUID() + ".bin";
        Files.write(Files.createDirectories(FILES).resolve(storageName), svg);
        jdbc.sql("""
                        INSERT INTO dossier_document (dossier_code, required_position, original_name, content_type,
                            size_bytes, sha256, storage_name, uploaded_at, uploaded_by)
                        VALUES (?, 3, 've.svg', 'image/svg+xml', ?, 'x', ?, CURRENT_TIMESTAMP, 'import')""")
                .params(code, svg.length, storageName).update();
        long svgId = idOf("image/svg+xml");

        http.perform(get("/api/dossiers/{c}/documents/{id}/inline", code, svgId).with(as("reception")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/octet-stream"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(content().bytes(svg));
        assertThat(http.perform(get("/dossiers/{c}/documents/preview", code).with(as("reception")))
                .andReturn().getResponse().getContentAsString())
                .doesNotContain("/documents/" + svgId + "/inline").contains("ve.svg");
    }

    private long idOf(String contentType) {
        return jdbc.sql("SELECT id FROM dossier_document WHERE dossier_code = ? AND content_type = ?")
                .params(code, contentType).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
