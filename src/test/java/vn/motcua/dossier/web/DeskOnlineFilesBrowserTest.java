package vn.motcua.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DatabaseTest;

/**
 * What a citizen sends online reaches the clerk's eyes, in Chromium: a birth registration filed
 * on the portal with a scanned PDF and a photo; reception sees both files on the desk, the PDF
 * in a frame and the photo as a picture, before accepting (form 01); the dossier page then lists
 * them with their kind, size and links. Screenshots under target/screenshots/.
 */
@DatabaseTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "motcua.files-directory=target/test-files/desk-online-files")
class DeskOnlineFilesBrowserTest {

    static final String BIRTH_REGISTRATION = "1.001193";

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;

    WebDriver page;

    @Test
    void theDeskPreviewsTheFilesOfAnOnlineSubmissionBeforeAcceptingIt(@TempDir Path folder) throws IOException {
        page = browser.driver();
        Path declaration = scannedPdf(folder.resolve("to-khai-khai-sinh.pdf"));
        Path photo = photo(folder.resolve("giay-chung-sinh.png"));

        open("/portal/submit/" + BIRTH_REGISTRATION);
        new Select(page.findElement(By.id("submit-agency"))).selectByValue("XPV");
        page.findElement(By.id("submit-full-name")).sendKeys("Trần Thị Mai");
        page.findElement(By.id("submit-id-number")).sendKeys("079301088888");
        page.findElement(By.id("submit-phone")).sendKeys("0909888777");
        page.findElement(By.id("submit-document-1")).sendKeys(declaration.toString());
        page.findElement(By.id("submit-document-2")).sendKeys(photo.toString());
        browser.press(By.id("submit-send"));
        String code = browser.await(presenceOfElementLocated(By.id("submitted-code"))).getText();

        signIn("reception");
        open("/desk");
        By files = By.cssSelector("#online-files-" + code + " tr.dossier-file");
        List<WebElement> listed = browser.await(numberOfElementsToBe(files, 2));
        assertThat(listed).extracting(row -> row.findElement(By.className("file-name")).getText())
                .containsExactly("to-khai-khai-sinh.pdf", "giay-chung-sinh.png");
        assertThat(listed).extracting(row -> row.findElement(By.className("file-kind")).getText())
                .containsExactly("Văn bản PDF", "Ảnh PNG");

        WebElement frame = page.findElement(By.cssSelector("#online-files-" + code + " iframe.file-preview-pdf"));
        WebElement picture = page.findElement(By.cssSelector("#online-files-" + code + " img.file-preview-image"));
        script("arguments[0].scrollIntoView({block: 'center'});", frame); // the previews load lazily
        assertThat(frame.getAttribute("src")).matches(".*/api/dossiers/" + code + "/documents/\\d+/inline");
        browser.await(driver -> (Boolean) script("const img = arguments[0]; return img.complete && img.naturalWidth > 0;",
                picture));
        assertThat(((Number) script("return arguments[0].naturalWidth;", picture)).intValue())
                .as("the photo is shown, not blocked").isEqualTo(120);
        browser.await(driver -> (Boolean) script("""
                const doc = arguments[0].contentDocument;
                return doc !== null && doc.readyState === 'complete' && doc.contentType === 'application/pdf';
                """, frame));
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) ((JavascriptExecutor) page).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done({type: r.headers.get('content-type'),
                    disposition: r.headers.get('content-disposition'), sniff: r.headers.get('x-content-type-options'),
                    policy: r.headers.get('content-security-policy')}));
                """, frame.getAttribute("src"));
        assertThat((String) headers.get("type")).startsWith("application/pdf");
        assertThat((String) headers.get("disposition")).startsWith("inline;").contains("to-khai-khai-sinh.pdf");
        assertThat(headers.get("sniff")).isEqualTo("nosniff");
        assertThat((String) headers.get("policy")).contains("frame-ancestors 'self'");
        browser.screenshot("desk-online-files");

        browser.press(By.id("accept-" + code));
        browser.await(urlContains("/dossiers/" + code));
        List<WebElement> onDossier = browser.await(numberOfElementsToBe(
                By.cssSelector("#dossier-files tr.dossier-file"), 2));
        assertThat(onDossier.get(0).getText()).contains("to-khai-khai-sinh.pdf", "Văn bản PDF", "KB");
        assertThat(onDossier.get(1).getText()).contains("giay-chung-sinh.png", "Ảnh PNG", "KB");
        assertThat(onDossier.get(0).findElement(By.className("file-download")).getAttribute("href"))
                .matches(".*/api/dossiers/" + code + "/documents/\\d+");
        assertThat(page.findElements(By.cssSelector("#dossier-files iframe"))).as("the dossier page lists, the desk previews")
                .isEmpty();
        browser.screenshot("dossier-online-files");
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) page).executeScript(script, arguments);
    }

    private static Path scannedPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage sheet = new PDPage();
            document.addPage(sheet);
            try (PDPageContentStream text = new PDPageContentStream(document, sheet)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 18);
                text.newLineAtOffset(72, 700);
                text.showText("To khai dang ky khai sinh");
                text.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static Path photo(Path file) throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(30, 123, 52));
        pen.fillRect(0, 0, 120, 80);
        pen.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void signIn(String username) {
        browser.signInWithForm("http://localhost:" + port, username);
    }

    private void open(String path) {
        page.get("http://localhost:" + port + path);
    }
}
