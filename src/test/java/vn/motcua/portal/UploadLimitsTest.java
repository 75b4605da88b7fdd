package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.testing.DatabaseTest;

/**
 * Upload limits as the real servlet container applies them; MockMvc hands files to the
 * controller without parsing a request body, so it cannot show this.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "motcua.files-directory=target/test-files/upload-limits")
class UploadLimitsTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----motcua-upload-limits";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void aFileOverTheLimitIsNamedOnTheFormAndNothingIsStored() throws Exception {
        HttpClient citizen = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = citizen.send(HttpRequest.newBuilder(uri("/portal/submit/1.001193")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(form).contains("data-max-bytes=\"10485760\"");
        Matcher token = CSRF_TOKEN.matcher(form);
        assertThat(token.find()).as(form).isTrue();
        long dossiersBefore = dossiers();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token.group(1));
        fields.put("agencyCode", "XPV");
        fields.put("fullName", "Lê Thị Hoa");
        fields.put("idNumber", "079301099999");
        fields.put("phone", "0909123456");
        byte[] twelveMegabytePdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 12 * 1024 * 1024);
        HttpResponse<String> answer = citizen.send(HttpRequest.newBuilder(uri("/portal/submit/1.001193"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fields, "document-1", "to-khai.pdf",
                        twelveMegabytePdf)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("data-field=\"document-1\"").contains("to-khai.pdf").contains("10 MB");
        assertThat(dossiers()).isEqualTo(dossiersBefore);
    }

    private long dossiers() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static byte[] multipart(Map<String, String> fields, String fileField, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
