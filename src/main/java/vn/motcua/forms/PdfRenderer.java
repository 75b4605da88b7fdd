package vn.motcua.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (well-formed XHTML) to PDF. The DejaVu fonts are embedded so
 * that Vietnamese diacritics survive on any reader; the standard PDF fonts have none. DejaVu
 * Sans, not Serif: DejaVu Serif lacks the letters with two marks (ế, ầ, ớ, ữ …), which would
 * print as "#".
 */
@Component
class PdfRenderer {

    /** The font the templates name in their CSS. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Locale locale, Map<String, Object> variables) {
        String html = templates.process(template, new Context(locale, variables));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream font = PdfRenderer.class.getResourceAsStream(FONTS + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " missing from the classpath (jasperreports-fonts)");
        }
        return font;
    }
}
